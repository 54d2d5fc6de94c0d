package dev.dbpatterns.kit.learn;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where {@code learn grade --report} may write, decided before grading starts, so a long run's
 * report is never lost at the end and nothing else is ever overwritten: not the course (its
 * folders, its files, the learner's progress), not a submission being graded, not a file that is
 * not an earlier report, and only where learn can write.
 */
final class ReportPath {
    /** The course root's folders: what the course is made of, its build, and the learner's progress. */
    private static final List<String> COURSE_FOLDERS =
            List.of("exercises", "solutions", "kit", "patterns", "docs", "benchmarks", ".learn", ".mvn", ".git");

    private ReportPath() {
    }

    /** The report's path, or a refusal that says what to do instead. */
    static Path checked(Path report, ReportFormat format, Path root, List<Path> submissions) {
        format.checked(report);
        Path place = real(report);
        for (Path submission : submissions) {
            if (overlaps(place, real(submission))) {
                throw new LearnException(report + where(place, real(submission)) + submission + ", a submission being"
                        + " graded: the report would change what is graded. Write it outside the submissions and the course.");
            }
        }
        Path course = real(root);
        for (String folder : COURSE_FOLDERS) {
            if (overlaps(place, course.resolve(folder))) {
                throw new LearnException(report + where(place, course.resolve(folder)) + "the course's " + folder
                        + "/ folder: learn grade never writes into the course. Write the report outside the course's folders.");
            }
        }
        if (format == ReportFormat.LEARN && Files.exists(place) && !GradeReportFile.isOne(place)) {
            throw new LearnException(report + (course.equals(place.getParent()) ? " is one of the course's files" : " exists")
                    + " and is not a learn grade report: learn grade replaces only its own reports. Name a new file,"
                    + " or move that one away first.");
        }
        requireWritable(report, place);
        return report;
    }

    /** Tries now what writing will need at the end: a folder that exists or can be made, and that takes a file. */
    private static void requireWritable(Path report, Path place) {
        Path existing = place;
        while (!Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (!existing.equals(place) && !Files.isDirectory(existing)) {
            throw new LearnException("Cannot write the report to " + report + ": " + existing + " is a file, not a folder."
                    + " Name a path in a folder.");
        }
        Path folder = Files.isDirectory(existing) ? existing : existing.getParent();
        try {
            Files.delete(Files.createTempFile(folder, ".learn-grade-", ".tmp"));
            if (Files.exists(place) && !Files.isWritable(place)) {
                throw new IOException(place + " is read-only");
            }
        } catch (IOException e) {
            throw new LearnException("Cannot write the report to " + report + ": " + why(e, folder) + ". Name a path"
                    + " in a folder you can write to.");
        }
    }

    private static String why(IOException e, Path folder) {
        if (e instanceof AccessDeniedException) {
            return folder + " may not be written to";
        }
        // The reason, said of the folder: the file that failed is only learn's probe.
        return e instanceof FileSystemException problem && problem.getReason() != null
                ? folder + " cannot be written to (" + problem.getReason() + ")" : e.getMessage();
    }

    /** One holds the other: the report in the folder, or (a folder of Exercism results) the folder in the report's. */
    private static boolean overlaps(Path report, Path folder) {
        return report.startsWith(folder) || folder.startsWith(report);
    }

    private static String where(Path report, Path folder) {
        return report.startsWith(folder) ? " is in " : " holds ";
    }

    /** The path with links resolved in the part of it that exists, so a link cannot lead a report into the course. */
    static Path real(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing.getParent() != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute));
        } catch (IOException e) {
            return absolute;
        }
    }
}
