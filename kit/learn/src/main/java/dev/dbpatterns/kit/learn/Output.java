package dev.dbpatterns.kit.learn;

import java.io.Console;
import java.io.PrintStream;

/** Where the CLI writes, with colour only on a terminal and only while NO_COLOR is unset. */
public final class Output {
    private static final String RESET = "\u001B[0m";

    private final PrintStream out;
    private final boolean colour;

    public Output(PrintStream out, boolean colour) {
        this.out = out;
        this.colour = colour;
    }

    public static Output system() {
        return new Output(System.out, isTerminal() && System.getenv("NO_COLOR") == null);
    }

    /** Since Java 22 System.console() exists even when redirected; Console.isTerminal() tells the truth. */
    private static boolean isTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true; // Java 21: a console is only there on a terminal
        }
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
