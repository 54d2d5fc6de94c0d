package dev.dbpatterns.kit.learn;

import dev.dbpatterns.kit.learn.engine.FileTree;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code learn reset <exercise>}: the learner's files back as they came, from git; asks first,
 * and keeps what was there in {@code .learn/backups/}.
 */
@Command(name = "reset", description = "put the exercise's files back as they came (asks; keeps a backup in .learn/backups)")
final class ResetCommand extends LearnCommand implements Mistakes.NeedsAName {
    @Parameters(paramLabel = "exercise", description = "the exercise whose files to put back")
    String name;
    @Option(names = "--yes", description = "do not ask")
    boolean yes;

    @Override
    public String whatIsNeeded() {
        return "the name of the exercise to reset (exercises: " + invocation.course().names() + ")";
    }

    @Override
    public Integer call() {
        Course.Exercise exercise = invocation.course().exercise(name);
        Path sources = invocation.folder(exercise).learnerFiles();
        String folder = invocation.show(sources);
        List<String> stubs = git("ls-tree", "-r", "--name-only", "HEAD", "--", folder).lines().filter(l -> !l.isBlank()).toList();
        if (stubs.isEmpty()) {
            throw new LearnException("reset takes the stubs from git, and git has no files under " + folder
                    + " at HEAD. Nothing was changed.");
        }
        Output out = invocation.out;
        Path backup = freshBackupFolder(exercise);
        out.println("This puts the " + stubs.size() + " files of " + folder + " back as they came:");
        stubs.forEach(file -> out.println("  " + file));
        out.println("Your files as they are now are kept in " + invocation.show(backup) + ".");
        if (!yes && !confirmed("Reset " + exercise.name() + "? [y/N] ")) {
            out.println("Nothing was changed.");
            return 1;
        }
        try {
            FileTree.copy(sources, backup.resolve(invocation.folder(exercise).path().relativize(sources)));
        } catch (IOException e) {
            throw new LearnException("Could not back up " + folder + " to " + invocation.show(backup) + " (" + e.getMessage()
                    + "); nothing was reset. Make .learn writable, or copy your files away yourself.");
        }
        // The learner's own new files go too (they are in the backup): the folder is as it came.
        FileTree.files(sources).forEach(file -> file.toFile().delete());
        git("checkout", "HEAD", "--", folder);
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

    /** What git printed; a failure, or no git at all, is one line for the learner. */
    private String git(String... args) {
        List<String> command = new ArrayList<>(List.of("git", "-C", invocation.root.toString()));
        command.addAll(List.of(args));
        try {
            Process git = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (git.waitFor() != 0) {
                throw new LearnException("reset takes the stubs from git, and `git " + String.join(" ", args)
                        + "` said: " + output.strip() + "." + (args[0].equals("checkout") ? " Your files are in the backup."
                        : " Nothing was changed."));
            }
            return output;
        } catch (IOException e) {
            throw new LearnException("reset takes the stubs from git, which could not be run (" + e.getMessage()
                    + "). Install git, or copy the files back from a fresh download. Nothing was changed.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LearnException("reset was interrupted before it changed anything.");
        }
    }
}
