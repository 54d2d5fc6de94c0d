package dev.dbpatterns.kit.learn;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A class's submissions to grade, each a student's copy of exercises/ (the repository exercise of
 * a {@link CourseCopy}): the stubs, the solution, or the solution with a typical mistake.
 */
final class Submissions {
    static final String MYBATIS = "repository/src/main/java/dev/dbpatterns/exercises/repository/mybatis/MyBatisReviews.java";
    static final String HIBERNATE = "repository/src/main/java/dev/dbpatterns/exercises/repository/hibernate/HibernateReviews.java";

    final CourseCopy course;
    final Path folder;

    private Submissions(CourseCopy course, Path folder) {
        this.course = course;
        this.folder = folder;
    }

    /** A copy of the course in {@code folder/course}, and an empty folder of submissions beside it. */
    static Submissions forACopyOfTheCourse(Path folder) {
        try {
            return new Submissions(CourseCopy.in(folder.resolve("course")), Files.createDirectories(folder.resolve("submissions")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The stubs as handed out. */
    Path stub(String student) {
        Path copy = folder.resolve(student);
        CourseCopy.copyTree(course.path("exercises/repository/src"), copy.resolve("repository/src"));
        return copy;
    }

    /** The worked solution's files in place of the stubs. */
    Path solved(String student) {
        Path copy = stub(student);
        CourseCopy.copyTree(course.path("solutions/repository/src/main"), copy.resolve("repository/src/main"));
        return copy;
    }

    /** MyBatis written (tasks 1 and 2, and its halves of 4 and 5), Hibernate still the stub. */
    Path myBatisOnly(String student) {
        Path copy = solved(student);
        copyFromStub(copy, HIBERNATE);
        return copy;
    }

    /** Solved, but MyBatis lets the unique violation through instead of saying DuplicateReviewException (task 4). */
    Path duplicatesLetThrough(String student) {
        Path copy = solved(student);
        replace(copy, MYBATIS, "throw new DuplicateReviewException(review.bookId(), review.reader(), e);", "throw e;");
        return copy;
    }

    /**
     * A submission with MyBatis's findById looping forever before it reads anything, the first time
     * it is called in a JVM: one runaway thread is all a grading must survive, and each further one
     * would only wait out the time limit again and keep another core busy.
     */
    Path findByIdLoops(Path copy) {
        return findByIdFirst(copy, "if (System.getProperty(\"looping\") == null) { System.setProperty(\"looping\", \"on\");"
                + " while (id != Long.MIN_VALUE) { Math.sqrt(id); } }");
    }

    /**
     * Solved, but MyBatis's findById (task 1's) first runs {@code code}: how the hostile submissions
     * below behave. The code names every class it uses in full, so no import is needed.
     */
    Path findByIdFirst(String student, String code) {
        return findByIdFirst(solved(student), code);
    }

    /** The submission with {@code code} first in MyBatis's findById, solved or still the stub. */
    static Path findByIdFirst(Path copy, String code) {
        replace(copy, MYBATIS, "public Optional<Review> findById(long id) {", "public Optional<Review> findById(long id) {\n" + code);
        return copy;
    }

    /** The stubs, with a file of their own under src/main/resources. */
    Path stubWithResource(String student, String resource, String content) {
        return withResource(stub(student), resource, content);
    }

    /** The submission with one more file of its own under src/main/resources. */
    static Path withResource(Path copy, String resource, String content) {
        try {
            Path file = copy.resolve("repository/src/main/resources").resolve(resource);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return copy;
    }

    /** Replaces text that must be there: a fixture that edits code fails loudly when the code moved on. */
    static void replace(Path submission, String file, String text, String replacement) {
        try {
            Path path = submission.resolve(file);
            String content = Files.readString(path);
            if (!content.contains(text)) {
                throw new IllegalStateException(file + " no longer contains: " + text);
            }
            Files.writeString(path, content.replace(text, replacement));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void copyFromStub(Path copy, String file) {
        try {
            Files.copy(course.path("exercises/" + file), copy.resolve(file), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
