package dev.dbpatterns.transactions.isolation;

import dev.dbpatterns.kit.lesson.DatabaseTarget;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;

/**
 * Whether a participant is blocked, as the lock manager sees it. Not the waiter's own wait flag:
 * the waiter clears that itself once it wakes, so right after a commit it still says "waiting"
 * for a waiter that the commit has already released. Each check reads state that the releasing
 * transaction changes before its commit or rollback returns, so once that step has settled the
 * answer can no longer be the old one.
 */
final class LockWatch {
    private final Connection observer;
    private final DatabaseTarget target;
    private long looks;

    LockWatch(Connection observer, DatabaseTarget target) {
        this.observer = observer;
        this.target = target;
    }

    /**
     * How long to wait between two looks. InnoDB serves information_schema.innodb_trx from a cache
     * it refreshes only when nobody read it for 100 ms: polled faster, it never changes.
     */
    long millisBetweenLooks() {
        return target == DatabaseTarget.MARIADB ? 150 : 20;
    }

    /**
     * The ids of the sessions the lock manager has blocked now, in one look; null when this look
     * cannot tell (a stale MariaDB cache, see below).
     */
    Set<Long> blockedSessions() throws SQLException {
        return switch (target) {
            // pg_blocking_pids reads the lock manager's tables. A commit grants the waiter its lock there
            // (ProcLockWakeup runs in the committing backend) before the commit returns.
            case POSTGRES -> ids("select pid from pg_stat_activity where cardinality(pg_blocking_pids(pid)) > 0");
            // blocker_id is the waiter's own field and lags; whether the blocker still holds anything does
            // not: SessionLocal.commit and rollback close the blocker's transaction and drop it
            // (CONTAINS_UNCOMMITTED turns false) before returning. A participant's transaction ends with
            // its commit or rollback, so a blocker with uncommitted changes holds the very lock waited for.
            case H2 -> ids("select w.session_id from information_schema.sessions w"
                    + " join information_schema.sessions b on b.session_id = w.blocker_id"
                    + " where b.contains_uncommitted");
            case MARIADB -> innodbLockWaits();
        };
    }

    /**
     * trx_state 'LOCK WAIT' comes from trx.lock.wait_lock, which the releasing transaction resets when it
     * grants the lock, inside its commit. But innodb_trx is a cache, refilled only when nobody read it
     * for 100 ms, and other clients of the server read it too. So the look proves it is fresh: the
     * observer holds a transaction open, and the cache is fresh only if it shows the observer's
     * transaction running this very query, whose text carries a number never used before.
     */
    private Set<Long> innodbLockWaits() throws SQLException {
        String token = "/* look " + ++looks + " */";
        try (Statement statement = observer.createStatement()) {
            statement.execute("start transaction with consistent snapshot");
            try (PreparedStatement query = observer.prepareStatement("select " + token
                    + " trx_mysql_thread_id, trx_state, trx_mysql_thread_id = connection_id() and trx_query like ?"
                    + " from information_schema.innodb_trx")) {
                query.setString(1, "%" + token + "%");
                Set<Long> waiting = new HashSet<>();
                boolean fresh = false;
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        fresh |= rows.getBoolean(3);
                        if ("LOCK WAIT".equals(rows.getString(2))) {
                            waiting.add(rows.getLong(1));
                        }
                    }
                }
                return fresh ? waiting : null;
            } finally {
                statement.execute("commit");
            }
        }
    }

    private Set<Long> ids(String sql) throws SQLException {
        try (Statement statement = observer.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            Set<Long> ids = new HashSet<>();
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
            return ids;
        }
    }
}
