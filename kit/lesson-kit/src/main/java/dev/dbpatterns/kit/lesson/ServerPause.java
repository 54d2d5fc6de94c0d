package dev.dbpatterns.kit.lesson;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;

/**
 * {@code pause(ms)}, a function every lesson database has: the statement that calls it keeps running on the
 * server that long, as a slow query would, so a lesson can fill a pool or pass a deadline by what the database
 * does, and count it there, never by sleeping in the test. It returns 0. It ends early only when the statement
 * is ended: at its time limit everywhere; on the servers also by {@code Statement.cancel()} (PostgreSQL's cancel
 * request, MariaDB's KILL QUERY). Never because the calling thread was interrupted, which no JDBC driver promises
 * to turn into a cancel.
 */
public final class ServerPause {
    private static final long H2_STEP_MS = 10;

    private ServerPause() {
    }

    /**
     * Creates the function within Flyway's run, before its first migration: after Flyway has checked that the schema
     * is empty and made its history table, so the function is neither taken for a stranger's object nor a version.
     */
    static Callback beforeFirstMigration(DatabaseTarget target) {
        return new Callback() {
            private boolean created;

            @Override
            public boolean supports(Event event, Context context) {
                return event == Event.BEFORE_EACH_MIGRATE;
            }

            @Override
            public boolean canHandleInTransaction(Event event, Context context) {
                return true;
            }

            @Override
            public void handle(Event event, Context context) {
                if (created) {
                    return;
                }
                try (Statement statement = context.getConnection().createStatement()) {
                    statement.execute(create(target));
                } catch (SQLException e) {
                    throw new IllegalStateException("Could not create pause(ms) on " + target.id() + ": " + e.getMessage(), e);
                }
                created = true;
            }

            @Override
            public String getCallbackName() {
                return "pause";
            }
        };
    }

    private static String create(DatabaseTarget target) {
        return switch (target) {
            // pg_sleep is cancellable.
            case POSTGRES -> """
                    create or replace function pause(ms bigint) returns integer language plpgsql as $$
                    begin
                        perform pg_sleep(ms / 1000.0);
                        return 0;
                    end
                    $$""";
            // SLEEP returns 0, or 1 when it was killed; the statement fails then all the same.
            case MARIADB -> "create or replace function pause(ms bigint) returns int not deterministic no sql return sleep(ms / 1000)";
            // H2 in memory has no server process: the wait runs inside H2, on the caller's thread (see pause below).
            case H2 -> "create alias if not exists pause for '" + ServerPause.class.getName() + ".pause'";
        };
    }

    /**
     * H2's pause(ms): H2 runs a function on the caller's thread, so this waits in small steps and asks the session,
     * between them, whether the statement's time limit has passed, as a server ends pg_sleep and SLEEP. The session
     * is all a function can ask: {@code Statement.cancel()} marks H2's command, which a function never sees.
     */
    public static int pause(Connection connection, long ms) {
        SessionLocal session = (SessionLocal) ((JdbcConnection) connection).getSession();
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(ms);
        boolean interrupted = false;
        try {
            while (System.nanoTime() < end) {
                session.checkCanceled(); // throws H2's "statement was canceled", SQLState 57014
                try {
                    Thread.sleep(H2_STEP_MS);
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            return 0;
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
