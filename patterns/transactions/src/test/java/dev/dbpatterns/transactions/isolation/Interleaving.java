package dev.dbpatterns.transactions.isolation;

import dev.dbpatterns.kit.lesson.LessonDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A scenario as Hermitage writes one: steps of two or three transactions in a fixed order, each on
 * its own connection and thread. Each step is given to its transaction and then settled: it either
 * ends, or the lock manager shows it blocked (then the next steps go on, and it resumes when
 * another transaction lets go). After each step, every step that waited is settled again, so a
 * waiter that a commit released has finished before the next step starts. Every decision is read
 * from the database, never from elapsed time: {@link #SETTLE_MILLIS} only fails a scenario that
 * stopped moving, with its transcript.
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
            LockWatch locks = new LockWatch(observer, db.target());
            Map<Tx, Participant> participants = new EnumMap<>(Tx.class);
            List<Execution> executions = new ArrayList<>();
            try {
                for (Step step : steps) {
                    if (!participants.containsKey(step.tx())) {
                        participants.put(step.tx(), Participant.open(step.tx(), db.dataSource(), db.target(), level));
                    }
                }
                for (Step step : steps) {
                    Execution execution = new Execution(step, participants.get(step.tx()), transcript);
                    executions.add(execution);
                    settle(execution, locks, transcript);
                    settleWaiters(executions, locks, transcript);
                }
                for (Execution execution : executions) {
                    if (execution.awaitFor(SETTLE_MILLIS) == null) {
                        throw new AssertionError("Still waiting after every step ran:\n" + String.join("\n", transcript));
                    }
                }
            } finally {
                for (Participant participant : participants.values()) {
                    participant.close();
                }
            }
            return new Run(executions, Items.read(observer), transcript);
        } catch (SQLException e) {
            throw new IllegalStateException("The scenario could not run at " + level + ": " + e.getMessage(), e);
        }
    }

    /** Waits until the step has ended, or the lock manager has it blocked. */
    private void settle(Execution execution, LockWatch locks, List<String> transcript) throws SQLException {
        long deadline = System.nanoTime() + SETTLE_MILLIS * 1_000_000;
        while (execution.awaitFor(locks.millisBetweenLooks()) == null) {
            Set<Long> blocked = locks.blockedSessions();
            if (blocked != null && blocked.contains(execution.participant().id()) && execution.markWaiting()) {
                return;
            }
            failPast(deadline, execution.step().describe() + " neither ended nor waited for a lock", transcript);
        }
    }

    /**
     * Waits until every step that waited has either ended or is blocked still, as the lock manager
     * says. The step just settled may have released one (a commit, a rollback, an abort): its effect
     * must be in the database before the next step starts, or that step could run first.
     *
     * <p>Why a "still blocked" answer cannot be stale: the only thing that releases a lock a
     * participant waits for is the end of the transaction holding it, and every step that could end
     * one has settled before this look; the lock manager records the release before that step
     * returns (see {@link LockWatch}). So a waiter it shows blocked stays blocked until a later step.
     * All waiters are judged from one look, so a waiter that ends (a deadlock's victim rolling back)
     * cannot release another between two looks. One limit: a deadlock the database has yet to
     * resolve -- PostgreSQL looks after deadlock_timeout; H2 marks an older waiter as the victim,
     * which fails only when it wakes -- counts as blocked. No scenario here deadlocks on either;
     * InnoDB resolves a deadlock in the requesting thread, before that step settles.
     */
    private void settleWaiters(List<Execution> executions, LockWatch locks, List<String> transcript)
            throws SQLException {
        long deadline = System.nanoTime() + SETTLE_MILLIS * 1_000_000;
        while (true) {
            List<Execution> running = executions.stream().filter(e -> e.waited() && !e.isDone()).toList();
            Set<Long> blocked = running.isEmpty() ? Set.of() : locks.blockedSessions();
            Execution unsettled = blocked == null ? running.get(0) : running.stream()
                    .filter(waiter -> !blocked.contains(waiter.participant().id()))
                    .findFirst().orElse(null);
            if (unsettled == null) {
                return;
            }
            failPast(deadline, unsettled.step().describe() + " neither ended nor went back to waiting", transcript);
            unsettled.awaitFor(locks.millisBetweenLooks());
        }
    }

    private static void failPast(long deadline, String what, List<String> transcript) {
        if (System.nanoTime() > deadline) {
            throw new AssertionError(what + " within " + SETTLE_MILLIS + " ms:\n" + String.join("\n", transcript));
        }
    }
}
