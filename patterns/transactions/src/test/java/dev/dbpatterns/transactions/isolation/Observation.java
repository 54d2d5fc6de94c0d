package dev.dbpatterns.transactions.isolation;

import java.util.List;

/**
 * What one scenario showed on one database at one level, as a cell of the anomaly table:
 * "occurs", "occurs after blocking", "prevented", "blocked", "aborted (40001)",
 * "blocked, then aborted (40001)".
 *
 * @param blocked a transaction waited for another's lock (waits every level has anyway not counted)
 * @param failures the error codes of the transactions the database aborted
 */
record Observation(boolean occurred, boolean blocked, List<String> failures) {

    String cell() {
        if (occurred) {
            return blocked ? "occurs after blocking" : "occurs";
        }
        if (!failures.isEmpty()) {
            return (blocked ? "blocked, then aborted (" : "aborted (") + String.join(", ", failures) + ")";
        }
        return blocked ? "blocked" : "prevented";
    }
}
