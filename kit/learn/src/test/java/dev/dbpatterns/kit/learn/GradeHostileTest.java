package dev.dbpatterns.kit.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `learn grade` on a class with a solved submission and one hostile submission of each kind a
 * student tried (two kinds in one where neither ends the JVM): the honest one gets its grade, each
 * hostile one has what it did named against the task it did it in, and the course folder and the
 * progress file are as they were. (A partial submission's grade is GradeCommandTest's.)
 */
@DisplayName("learn grade, with hostile submissions in the class")
class GradeHostileTest {
    private static final String FULL_MARKS = "{\"submissions\":[{\"name\":\"forger\",\"points\":13,\"maxPoints\":13,\"exercises\":[]}]}";

    @TempDir
    Path folder;

    @Test
    @DisplayName("contains each one to the task it misbehaved in, and leaves the course as it was")
    void hostileSubmissionsAreContained() throws Exception {
        assumeThat(Sandbox.here().isOn()).as("bubblewrap is needed to contain a submission: %s", Sandbox.here().missing())
                .isTrue();
        Submissions submissions = Submissions.forACopyOfTheCourse(folder);
        Path course = submissions.course.root;
        Files.createDirectories(course.resolve(".learn"));
        Files.writeString(course.resolve(".learn/progress.json"), "{\"exercises\": {}}\n");
        String solution = course.resolve("solutions/" + Submissions.MYBATIS).toString();
        submissions.solved("zoe");
        // Each hostile kind that does not end the JVM shares a submission with another: one grading proves both.
        // Deletes what it can reach (the course, the folder of submissions with zoe's in it, where it runs), then
        // peeks at the solutions and says what it saw.
        submissions.findByIdFirst("a-vandal", deleteAll(course) + deleteAll(submissions.folder)
                + deleteAll("System.getProperty(\"learn.root\")")
                + "if (id != Long.MIN_VALUE) { throw new IllegalStateException("
                + "java.nio.file.Files.isReadable(java.nio.file.Path.of(\"" + solution + "\"))"
                + " ? \"I can read the solutions\" : \"the solutions are hidden from me\"); }");
        // Registers a test engine that passes everything, and a filter that drops every test.
        Submissions.withResource(submissions.stubWithResource("c-engine", "META-INF/services/org.junit.platform.engine.TestEngine",
                "cheat.AllPass\n"), "META-INF/services/org.junit.platform.launcher.PostDiscoveryFilter", "cheat.None\n");
        submissions.findByIdFirst("e-forger", "System.out.println(\"0123456789abcdef0123456789abcdef0123456789abcdef grade \""
                + " + java.util.Base64.getEncoder().encodeToString(\"" + FULL_MARKS.replace("\"", "\\\"") + "\".getBytes()));"
                + " System.out.flush(); Runtime.getRuntime().halt(0);");
        submissions.findByIdFirst("f-quitter", "System.exit(0);");
        submissions.findByIdFirst("g-hog", "java.util.List<long[]> kept = new java.util.ArrayList<>();"
                + " while (kept.size() >= 0) { kept.add(new long[1 << 20]); }");
        // A shutdown hook that never ends, and a thread left spinning after the tests.
        submissions.findByIdFirst("h-hook", "if (System.getProperty(\"spinner\") == null) { System.setProperty(\"spinner\", \"on\");"
                + " Runtime.getRuntime().addShutdownHook(new Thread(() -> { while (!Thread.interrupted()) { Thread.onSpinWait(); } }));"
                + " new Thread(() -> { while (!Thread.interrupted()) { Thread.onSpinWait(); } }, \"spinner\").start(); }");
        submissions.findByIdFirst("i-deep", "if (id != Long.MIN_VALUE) { return findById(id); }");
        // Its constructor never returns when a set-up method (openShop) calls it, the first time, in the first JVM.
        Submissions.replace(submissions.solved("j-slowpoke"), Submissions.MYBATIS, "public MyBatisReviews(SqlSessionFactory sessions) {",
                "public MyBatisReviews(SqlSessionFactory sessions) {\n"
                        + "if (!System.getProperty(\"sun.java.command\").contains(\"--only\") && System.getProperty(\"slowpoke\") == null"
                        + " && StackWalker.getInstance().walk(frames -> frames.anyMatch(f -> f.getMethodName().equals(\"openShop\")))) {"
                        + " System.setProperty(\"slowpoke\", \"hung\");"
                        + " while (sessions != null) { try { Thread.sleep(1000); } catch (InterruptedException e) { } } }");
        Map<String, String> before = snapshot(course);
        Path json = folder.resolve("report.json");

        // Set-up methods get three times the time limit: 24 s here, not a fixed minute.
        LearnRun run = LearnRun.of(course, "grade", submissions.folder.toString(), "--db", "h2", "--time-limit", "8",
                "--json", json.toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.output()).as(run.toString()).contains("sandbox (bubblewrap)",
                "zoe: 13 of 13 points", "c-engine: 0 of 13 points", "h-hook: 13 of 13 points");
        GradeReport report = GradeReport.fromJson(Files.readString(json), GradeReport.class);
        assertThat(report.sandbox()).isEqualTo("bubblewrap");
        assertThat(task1(report, "a-vandal")).contains("the solutions are hidden from me").doesNotContain("I can read");
        assertThat(compileErrors(report, "c-engine")).contains("may not register test engines",
                "META-INF/services/org.junit.platform.launcher.PostDiscoveryFilter");
        assertThat(task1(report, "e-forger")).contains("the JVM ended (exit 0)");
        assertThat(task1(report, "f-quitter")).contains("ended the JVM (System.exit");
        assertThat(task1(report, "g-hog")).contains("ran out of memory");
        assertThat(task1(report, "i-deep")).contains("overflowed the stack");
        assertThat(submission(report, "h-hook").notes()).singleElement().asString()
                .startsWith("left a thread running after its tests: 'spinner', started in repository, task ");
        assertThat(submission(report, "zoe").notes()).isEmpty();
        assertThat(submission(report, "j-slowpoke").exercises().get(0).tasks()).flatExtracting(GradeReport.Task::tests)
                .extracting(GradeReport.Test::message).filteredOn(message -> message != null)
                .anySatisfy(message -> assertThat(message).contains("openShop(", "timed out after 24000 milliseconds"));
        assertThat(submission(report, "j-slowpoke").points()).isBetween(10, 11);
        // Each fault costs the task it happened in; the tasks that never call findById still pass.
        for (String faulty : new String[] {"a-vandal", "e-forger", "f-quitter", "g-hog", "i-deep"}) {
            GradeReport.Submission graded = submission(report, faulty);
            assertThat(graded.points()).as(faulty).isLessThan(13).isGreaterThanOrEqualTo(3);
            assertThat(graded.exercises().get(0).tasks().get(1).passed()).as(faulty + ", task 2").isTrue();
        }
        assertThat(snapshot(course)).as("the course folder and the progress file").isEqualTo(before);
        assertThat(submissions.folder.resolve("zoe/" + Submissions.MYBATIS)).exists();
    }

    private static String deleteAll(Object folder) {
        String path = folder instanceof Path p ? "\"" + p + "\"" : folder.toString();
        return "try (java.util.stream.Stream<java.nio.file.Path> all = java.nio.file.Files.walk(java.nio.file.Path.of(" + path
                + "))) { all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete()); }"
                + " catch (Exception e) { }\n";
    }

    private static GradeReport.Submission submission(GradeReport report, String name) {
        return report.submissions().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    private static String task1(GradeReport report, String name) {
        return submission(report, name).exercises().get(0).tasks().get(0).tests().stream()
                .map(test -> test.name() + ": " + test.message()).toList().toString();
    }

    private static String compileErrors(GradeReport report, String name) {
        return submission(report, name).exercises().get(0).compileErrors().toString();
    }

    /** Every file under the folder with a hash of its content. */
    private static Map<String, String> snapshot(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(folder)) {
            all.filter(Files::isRegularFile).forEach(file -> files.put(folder.relativize(file).toString(), hash(file)));
        }
        return files;
    }

    private static String hash(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
