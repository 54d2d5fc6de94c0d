package dev.dbpatterns.transactions;

import dev.dbpatterns.kit.lesson.DatabaseTarget;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What each fix's crowd of withdrawals did on each database in this build, written as a table to
 * {@code target/concurrency/fixes.adoc}: withdrawn, refused, retries, time. The totals are
 * asserted by the tests; the retries and times are reported, never asserted.
 */
final class FixReport {
    static final Path FILE = Path.of("target", "concurrency", "fixes.adoc");
    private static final List<String> ROWS = new ArrayList<>();

    private FixReport() {
    }

    static synchronized String record(String fix, String style, DatabaseTarget target, Crowd.Outcome outcome,
                                      long retries) {
        String row = String.join(" |", fix, style, target.displayName(), String.valueOf(outcome.withdrawn()),
                String.valueOf(outcome.refused()), String.valueOf(retries), outcome.millis() + " ms");
        ROWS.add("|" + row);
        StringBuilder text = new StringBuilder()
                .append("// Written by the concurrency tests from what this build observed. Do not edit.\n")
                .append(".").append(Crowd.THREADS).append(" threads × ").append(Crowd.WITHDRAWALS_PER_THREAD)
                .append(" withdrawals of 1 from a household of 600 + 600\n")
                .append("[cols=\"3,2,2,1,1,1,1\", options=\"header\"]\n|===\n")
                .append("|Fix |Style |Database |Withdrawn |Refused |Retries |Time\n");
        ROWS.forEach(line -> text.append(line).append('\n'));
        text.append("|===\n");
        try {
            Files.createDirectories(FILE.getParent());
            Files.writeString(FILE, text);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + FILE, e);
        }
        return String.join(", ", fix, style, target.displayName()) + ": " + outcome.withdrawn() + " withdrawn, "
                + outcome.refused() + " refused, " + retries + " retries, " + outcome.millis() + " ms";
    }
}
