package dev.dbpatterns.exercises.async.h2;

import java.sql.Connection;
import java.util.concurrent.TimeUnit;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;

/**
 * H2's pause(ms), the warehouse's slow count: H2 runs a function on the caller's thread, so this waits in small
 * steps and asks H2, between them, whether the statement was cancelled (its query timeout passed, or
 * Statement.cancel() was called). It ends early for that reason only: like pg_sleep and SLEEP on a server, it does
 * not stop because the calling thread was interrupted, which no JDBC driver promises to turn into a cancel.
 */
public final class Warehouse {
    private static final long STEP_MS = 10;

    private Warehouse() {
    }

    public static int pause(Connection connection, long ms) {
        SessionLocal session = (SessionLocal) ((JdbcConnection) connection).getSession();
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(ms);
        boolean interrupted = false;
        try {
            while (System.nanoTime() < end) {
                session.checkCanceled(); // throws H2's "statement was canceled", SQLState 57014
                try {
                    Thread.sleep(STEP_MS);
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
