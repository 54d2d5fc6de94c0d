package dev.dbpatterns.kit.learn;

import java.io.PrintStream;
import java.io.PrintWriter;
import picocli.CommandLine.Help.Ansi;

/**
 * Where the CLI writes, its help included. Colour as picocli decides it ({@link Ansi#AUTO}): only
 * on a terminal, and never with NO_COLOR set.
 */
public final class Output {
    private static final String RESET = "\u001B[0m";

    private final PrintStream out;
    private final boolean colour;

    public Output(PrintStream out, boolean colour) {
        this.out = out;
        this.colour = colour;
    }

    public static Output system() {
        return new Output(System.out, Ansi.AUTO.enabled());
    }

    Ansi ansi() {
        return colour ? Ansi.ON : Ansi.OFF;
    }

    PrintWriter writer() {
        return new PrintWriter(out, true);
    }

    public void println(String text) {
        out.println(text);
    }

    public void println() {
        out.println();
    }

    public void print(String text) {
        out.print(text);
        out.flush();
    }

    public String green(String text) {
        return paint("32", text);
    }

    public String red(String text) {
        return paint("31", text);
    }

    public String yellow(String text) {
        return paint("33", text);
    }

    public String bold(String text) {
        return paint("1", text);
    }

    public String dim(String text) {
        return paint("2", text);
    }

    private String paint(String code, String text) {
        return colour ? "\u001B[" + code + "m" + text + RESET : text;
    }
}
