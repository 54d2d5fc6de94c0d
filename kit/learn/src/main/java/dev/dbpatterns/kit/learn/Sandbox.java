package dev.dbpatterns.kit.learn;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Where a grading JVM runs: in bubblewrap, when it is installed and works here, with the whole file
 * system read-only, the course and the submissions hidden behind empty folders, a private /tmp, its
 * own process space, and the network (the databases on loopback) as it is; or, without it, as an
 * ordinary process, which the report then says plainly.
 *
 * @param bubblewrap the bwrap program, or null
 * @param missing    why there is no sandbox, for the report; null when there is one
 */
record Sandbox(Path bubblewrap, String missing) {
    /** Set to "none" to grade without a sandbox even where bubblewrap works (to compare, or to debug). */
    static final String SETTING = "learn.sandbox";

    private static Sandbox found;

    static synchronized Sandbox here() {
        if (found == null) {
            found = find();
        }
        return found;
    }

    private static Sandbox find() {
        if ("none".equals(System.getProperty(SETTING, System.getenv("LEARN_SANDBOX")))) {
            return new Sandbox(null, "switched off (" + SETTING + "=none)");
        }
        if (!System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux")) {
            return new Sandbox(null, "bubblewrap runs on Linux only");
        }
        Path bwrap = Path.of("/usr/bin/bwrap");
        if (!Files.isExecutable(bwrap)) {
            return new Sandbox(null, "bubblewrap is not installed (Debian/Ubuntu: apt install bubblewrap)");
        }
        try {
            Process trial = new ProcessBuilder(bwrap.toString(), "--ro-bind", "/", "/", "--dev", "/dev", "--proc", "/proc",
                    "--unshare-pid", "--die-with-parent", "true").redirectErrorStream(true).start();
            String said = new String(trial.getInputStream().readAllBytes()).trim();
            if (trial.waitFor(30, TimeUnit.SECONDS) && trial.exitValue() == 0) {
                return new Sandbox(bwrap, null);
            }
            trial.destroyForcibly();
            return new Sandbox(null, "bubblewrap does not work here (" + said.lines().findFirst().orElse("no reason given")
                    + "); user namespaces may be switched off");
        } catch (IOException e) {
            return new Sandbox(null, "bubblewrap could not start: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LearnException("Grading was interrupted.");
        }
    }

    boolean isOn() {
        return bubblewrap != null;
    }

    /** For the report and the header: "bubblewrap", or "none: why". */
    String describe() {
        return isOn() ? "bubblewrap" : "none: " + missing;
    }

    /**
     * The command, run in the sandbox when there is one.
     *
     * @param hidden   folders it must not see: each becomes an empty folder
     * @param readable files and folders it needs, shown again (read-only) where a hidden folder covers them
     * @param writable the one folder it may write to
     */
    List<String> wrap(List<String> command, List<Path> hidden, List<Path> readable, Path writable) {
        if (!isOn()) {
            return command;
        }
        List<String> wrapped = new ArrayList<>(List.of(bubblewrap.toString(), "--ro-bind", "/", "/", "--dev", "/dev",
                "--proc", "/proc", "--tmpfs", "/tmp", "--unshare-pid", "--unshare-ipc", "--die-with-parent", "--new-session"));
        List<Path> covers = new ArrayList<>(hidden.stream().filter(path -> path.getParent() != null).toList());
        covers.add(Path.of("/tmp"));
        hidden.stream().filter(path -> path.getParent() != null).sorted(Comparator.comparingInt(Path::getNameCount))
                .forEach(path -> wrapped.addAll(List.of("--tmpfs", path.toString())));
        readable.stream().filter(path -> covers.stream().anyMatch(path::startsWith)).filter(Files::exists).distinct()
                .sorted(Comparator.comparingInt(Path::getNameCount))
                .forEach(path -> wrapped.addAll(List.of("--ro-bind", path.toString(), path.toString())));
        wrapped.addAll(List.of("--bind", writable.toString(), writable.toString(), "--chdir", writable.toString()));
        wrapped.addAll(command);
        return wrapped;
    }
}
