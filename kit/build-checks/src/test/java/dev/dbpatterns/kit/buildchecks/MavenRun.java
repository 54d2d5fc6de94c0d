package dev.dbpatterns.kit.buildchecks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** {@code ./mvnw} run in a folder as a user runs it: its exit code and everything it printed. */
record MavenRun(int exitCode, String output) {
    private static final long LIMIT_MINUTES = 15;

    static MavenRun in(Path folder, List<String> arguments, Map<String, String> environment)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("./mvnw", "-B", "-ntp"));
        command.addAll(repositoryArguments());
        command.addAll(arguments);
        Path log = Files.createTempFile("planted-build", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        Process maven = builder.start();
        try {
            if (!maven.waitFor(LIMIT_MINUTES, TimeUnit.MINUTES)) {
                maven.descendants().forEach(ProcessHandle::destroyForcibly);
                maven.destroyForcibly();
                throw new AssertionError("./mvnw " + String.join(" ", arguments) + " did not end within "
                        + LIMIT_MINUTES + " minutes; its log: " + log);
            }
            return new MavenRun(maven.exitValue(), Files.readString(log));
        } finally {
            maven.descendants().forEach(ProcessHandle::destroyForcibly);
            Files.deleteIfExists(log);
        }
    }

    /** The local repository of the build running this test, so the copy's build needs no download. */
    private static List<String> repositoryArguments() {
        List<String> arguments = new ArrayList<>();
        String local = System.getProperty("catalog.build.localRepository", "");
        String tail = System.getProperty("catalog.build.localRepositoryTail", "");
        if (!local.isBlank() && !local.startsWith("${")) {
            arguments.add("-Dmaven.repo.local=" + local);
        }
        if (!tail.isBlank() && !tail.startsWith("${")) {
            arguments.add("-Dmaven.repo.local.tail=" + tail);
        }
        return arguments;
    }

    /** The lines Maven printed while it built one module: from its first plugin to the next module's. */
    String moduleSection(String artifactId) {
        int start = output.indexOf("@ " + artifactId + " ---");
        if (start < 0) {
            throw new AssertionError("The build never reached " + artifactId + ":\n" + tail());
        }
        int next = output.indexOf("\n[INFO] Building ", start);
        return output.substring(start, next < 0 ? output.length() : next);
    }

    String tail() {
        List<String> lines = output.lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }
}
