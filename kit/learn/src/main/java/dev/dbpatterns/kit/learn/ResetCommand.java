package dev.dbpatterns.kit.learn;

import dev.dbpatterns.kit.learn.engine.FileTree;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code learn reset <exercise>}: the learner's files back as they came, from git; asks first,
 * and keeps what was there in {@code .learn/backups/}.
 */
@Command(name = "reset", description = "put the exercise's files back as they came (asks; keeps a backup in .learn/backups)")
final class ResetCommand implements Callable<Integer>, Mistakes.NeedsAName {
    @Parameters(paramLabel = "exercise", description = "the exercise whose files to put back")
    String name;
    @Option(names = "--yes", description = "do not ask")
    boolean yes;

    private final Invocation invocation;

    ResetCommand(Invocation invocation) {
        this.invocation = invocation;
    }

    @Override
    public String whatIsNeeded() {
        return "the name of the exercise to reset (exercises: " + invocation.course().names() + ")";
    }

    @Override
    public Integer call() {
        Course.Exercise exercise = invocation.course().exercise(name);
        Path sources = invocation.folder(exercise).learnerFiles();
        String folder = invocation.show(sources);
        Map<String, byte[]> stubs = stubsFromGit(folder);
        Output out = invocation.out;
        Path backup = freshBackupFolder(exercise);
        out.println("This puts the " + stubs.size() + " files of " + folder + " back as they came:");
        stubs.keySet().forEach(file -> out.println("  " + file));
        out.println("Your files as they are now are kept in " + invocation.show(backup) + ".");
        if (!yes && !confirmed("Reset " + exercise.name() + "? [y/N] ")) {
            out.println("Nothing was changed.");
            return 1;
        }
        copy(sources, backup.resolve(invocation.folder(exercise).path().relativize(sources)));
        FileTree.files(sources).forEach(ResetCommand::delete);
        stubs.forEach((file, content) -> write(invocation.root.resolve(file), content));
        invocation.setPassedTasks(exercise, List.of());
        out.println(out.green("✔ " + exercise.name() + " is reset.") + " Your previous files: " + invocation.show(backup));
        return 0;
    }

    /** .learn/backups/<exercise>-<time>, with -2, -3, … when resets come within the same second. */
    private Path freshBackupFolder(Course.Exercise exercise) {
        String base = ".learn/backups/" + exercise.name() + "-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT));
        Path backup = invocation.root.resolve(base);
        for (int n = 2; Files.exists(backup); n++) {
            backup = invocation.root.resolve(base + "-" + n);
        }
        return backup;
    }

    private boolean confirmed(String question) {
        invocation.out.print(question);
        try {
            String answer = invocation.in.readLine();
            return answer != null && (answer.trim().equalsIgnoreCase("y") || answer.trim().equalsIgnoreCase("yes"));
        } catch (IOException e) {
            return false;
        }
    }

    /** Every file git has under the folder at HEAD, with its content there. */
    private Map<String, byte[]> stubsFromGit(String folder) {
        Map<String, byte[]> stubs = new LinkedHashMap<>();
        String listing = new String(git("ls-tree", "-r", "--name-only", "HEAD", "--", folder), StandardCharsets.UTF_8);
        for (String file : listing.lines().filter(line -> !line.isBlank()).toList()) {
            stubs.put(file, git("show", "HEAD:" + file));
        }
        if (stubs.isEmpty()) {
            throw new LearnException("reset takes the stubs from git, and git has no files under " + folder
                    + " at HEAD. Nothing was changed.");
        }
        return stubs;
    }

    private byte[] git(String... args) {
        List<String> command = new java.util.ArrayList<>(List.of("git", "-C", invocation.root.toString()));
        command.addAll(List.of(args));
        try {
            Process git = new ProcessBuilder(command).redirectErrorStream(true).start();
            ByteArrayOutputStream output = new ByteArrayOutputStream();
            git.getInputStream().transferTo(output);
            if (git.waitFor() != 0) {
                throw new LearnException("reset takes the stubs from git, and `git " + String.join(" ", args)
                        + "` said: " + output.toString(StandardCharsets.UTF_8).strip() + ". Nothing was changed.");
            }
            return output.toByteArray();
        } catch (IOException e) {
            throw new LearnException("reset takes the stubs from git, which could not be run (" + e.getMessage()
                    + "). Install git, or copy the files back from a fresh download. Nothing was changed.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LearnException("reset was interrupted before it changed anything.");
        }
    }

    private static void copy(Path from, Path to) {
        for (Path file : FileTree.files(from)) {
            Path target = to.resolve(from.relativize(file).toString());
            try {
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            } catch (IOException e) {
                throw new LearnException("Could not back up " + file + " to " + target + " (" + e.getMessage()
                        + "); nothing was reset. Make .learn writable, or copy your files away yourself.");
            }
        }
    }

    private static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, byte[] content) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
