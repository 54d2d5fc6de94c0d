package dev.dbpatterns.transactions.isolation;

import dev.dbpatterns.kit.lesson.LessonDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A scenario as Hermitage writes one: steps of two or three transactions in a fixed order, each on
 * its own connection and thread. Each step is given to its transaction and then settled: it either
 * ends, or the database reports it waiting for a lock (then the next steps go on, and it resumes
 * when another transaction lets go). Nothing sleeps and hopes: a step that neither ends nor waits
 * within {@link #SETTLE_MILLIS} fails the scenario.
 */
final class Interleaving {
    static final long SETTLE_MILLIS = 10_000;

    private final LessonDatabase db;
    private final Level level;
    private final List<Step> steps = new ArrayList<>();

    private Interleaving(LessonDatabase db, Level level) {
        this.db = db;
        this.level = level;
    }

    static Interleaving at(Level level, LessonDatabase db) {
        return new Interleaving(db, level);
    }

    Interleaving write(Tx tx, String sql) {
        return add(new Step(tx, Step.Kind.WRITE, sql, null, false));
    }

    /** A write that queues behind another writer on every level; its wait is not what the scenario is about. */
    Interleaving writeQueuedBehindAnotherWriter(Tx tx, String sql) {
        return add(new Step(tx, Step.Kind.WRITE, sql, null, true));
    }

    /** A read of {@code id, quantity} rows, remembered under the label. */
    Interleaving read(Tx tx, String label, String sql) {
        return add(new Step(tx, Step.Kind.READ, sql, label, false));
    }

    Interleaving commit(Tx tx) {
        return add(new Step(tx, Step.Kind.COMMIT, null, null, false));
    }

    Interleaving rollback(Tx tx) {
        return add(new Step(tx, Step.Kind.ROLLBACK, null, null, false));
    }

    private Interleaving add(Step step) {
        steps.add(step);
        return this;
    }

    Run run() {
        List<String> transcript = Collections.synchronizedList(new ArrayList<>());
        transcript.add("at " + level + " on " + db.target().displayName());
        try (Connection observer = db.unrecordedDataSource().getConnection()) {
            Items.reset(observer);
            Map<Tx, Session> sessions = new EnumMap<>(Tx.class);
            List<Execution> executions = new ArrayList<>();
            try {
                for (Step step : steps) {
                    if (!sessions.containsKey(step.tx())) {
                        sessions.put(step.tx(), Session.open(step.tx(), db.dataSource(), db.target(), level));
                    }
                }
                for (Step step : steps) {
                    Execution execution = new Execution(step, sessions.get(step.tx()), transcript);
                    executions.add(execution);
                    settle(execution, sessions.get(step.tx()), observer, transcript);
                }
                for (Execution execution : executions) {
                    if (execution.awaitFor(SETTLE_MILLIS) == null) {
                        throw new AssertionError("Still waiting after every step ran:\n" + String.join("\n", transcript));
                    }
                }
            } finally {
                for (Session session : sessions.values()) {
                    session.close();
                }
            }
            return new Run(executions, Items.read(observer), transcript);
        } catch (SQLException e) {
            throw new IllegalStateException("The scenario could not run at " + level + ": " + e.getMessage(), e);
        }
    }

    private void settle(Execution execution, Session session, Connection observer, List<String> transcript)
            throws SQLException {
        long deadline = System.nanoTime() + SETTLE_MILLIS * 1_000_000;
        while (execution.awaitFor(SessionSetup.millisBetweenLooks(db.target())) == null) {
            if (SessionSetup.isWaitingForLock(observer, db.target(), session.id()) && execution.markWaiting()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError(execution.step().describe() + " neither ended nor waited for a lock within "
                        + SETTLE_MILLIS + " ms:\n" + String.join("\n", transcript));
            }
        }
    }
}
