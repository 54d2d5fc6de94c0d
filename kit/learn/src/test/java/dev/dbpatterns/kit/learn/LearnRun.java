package dev.dbpatterns.kit.learn;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** One run of the CLI, in-process, as a learner would type it: the exit code and everything it printed. */
record LearnRun(int exitCode, String output) {

    static LearnRun of(Path root, String... args) {
        return withInput(root, "", args);
    }

    static LearnRun withInput(Path root, String input, String... args) {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
        int exitCode = new Learn(root, new Output(out, false), new BufferedReader(new StringReader(input))).run(args);
        return new LearnRun(exitCode, printed.toString(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "exit " + exitCode + ":\n" + output;
    }
}
