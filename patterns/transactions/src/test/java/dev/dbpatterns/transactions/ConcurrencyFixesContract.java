package dev.dbpatterns.transactions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.dbpatterns.kit.lesson.DatabaseTarget;
import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.DriverErrors;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.kit.lesson.LessonTreePrinter;
import dev.dbpatterns.kit.lesson.Workers;
import dev.dbpatterns.transactions.application.AtomicWithdrawals;
import dev.dbpatterns.transactions.application.OptimisticWithdrawals;
import dev.dbpatterns.transactions.application.PessimisticWithdrawals;
import dev.dbpatterns.transactions.application.Retry;
import dev.dbpatterns.transactions.application.SerializableWithdrawals;
import dev.dbpatterns.transactions.application.Withdrawals;
import dev.dbpatterns.transactions.domain.ConcurrencyConflictException;
import dev.dbpatterns.transactions.domain.Household;
import dev.dbpatterns.transactions.domain.Isolation;
import dev.dbpatterns.transactions.domain.Job;
import dev.dbpatterns.transactions.domain.LockTimeoutException;
import dev.dbpatterns.transactions.domain.TransactionOptions;
import dev.dbpatterns.transactions.domain.Transactions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

/**
 * The four fixes for the lost update and the write skew, in one style, on every database: what
 * each does when it meets another transaction, and a crowd of {@link Crowd#ATTEMPTS} concurrent
 * withdrawals from a household of 600 + 600 that must end exact: 1200 withdrawn, 800 refused,
 * nothing left. A lost update would let more through or lose a withdrawal; a write skew would
 * take the household below zero.
 */
@DatabaseTest(poolSize = 12)
abstract class ConcurrencyFixesContract {
    static final Duration LOCK_TIMEOUT = Duration.ofSeconds(5);

    protected LessonDatabase db;
    protected Transactions transactions;
    protected Bank.Couple couple;
    private TestReporter reporter;

    /**
     * @param recorded whether the SQL goes through the recorded pool; the crowds send thousands of
     *                 statements, which no lesson should print
     */
    protected abstract Transactions transactions(LessonDatabase db, boolean recorded);

    protected abstract String style();

    @BeforeEach
    void openBank(LessonDatabase db, TestReporter reporter) {
        this.db = db;
        this.reporter = reporter;
        this.transactions = transactions(db, true);
        this.couple = Bank.reopen(db, 600, 600);
    }

    @AfterEach
    void everyConnectionIsBackInThePool() {
        assertThat(db.activeConnections()).as("connections still borrowed from the pool").isZero();
    }

    private Crowd.Outcome crowd(String fix, Withdrawals withdrawals, AtomicLong retries) throws Exception {
        Crowd.Outcome outcome = Crowd.withdraw(withdrawals, couple);
        reporter.publishEntry(LessonTreePrinter.NOTE_ENTRY, FixReport.record(fix, style(), db.target(), outcome, retries.get()));
        return outcome;
    }

    // tag::exact[]
    private void assertExact(Crowd.Outcome outcome) {
        assertThat(outcome.withdrawn()).as("withdrawn").isEqualTo(1200);
        assertThat(outcome.refused()).as("refused").isEqualTo(Crowd.ATTEMPTS - 1200);
        assertThat(Bank.householdBalance(db, couple.household())).as("left in the household").isZero();
    }
    // end::exact[]

    private static Retry counting(AtomicLong retries) {
        return Retry.upTo(100).onRetry((attempt, conflict, pause) -> retries.incrementAndGet());
    }

    @Nested
    @DisplayName("optimistic locking: the household's version, checked when saving")
    class Optimistic {
        // tag::stale-version[]
        @Test
        @DisplayName("a save after another transaction saved the household is refused as STALE_VERSION, and writes nothing")
        void staleVersionIsRefused() {
            Withdrawals elsewhere = new OptimisticWithdrawals(transactions, Retry.upTo(1));

            Throwable thrown = catchThrowable(() -> transactions.inTransaction(TransactionOptions.at(Isolation.READ_COMMITTED), tx -> {
                Household household = tx.households().find(couple.household());
                elsewhere.withdraw(couple.household(), couple.second(), 100); // commits meanwhile
                household.withdraw(couple.first(), 100);
                tx.households().saveIfUnchanged(household);
                return null;
            }));

            assertThat(thrown).isInstanceOfSatisfying(ConcurrencyConflictException.class,
                    conflict -> assertThat(conflict.reason()).isEqualTo(ConcurrencyConflictException.Reason.STALE_VERSION));
            assertThat(Bank.balance(db, couple.first())).as("the refused withdrawal").isEqualTo(600);
            assertThat(Bank.balance(db, couple.second())).as("the one that saved first").isEqualTo(500);
            assertThat(Bank.version(db, couple.household())).isEqualTo(1);
        }
        // end::stale-version[]

        @Test
        @DisplayName("a crowd of withdrawals, each retried until it saves: exact totals")
        void crowd() throws Exception {
            AtomicLong retries = new AtomicLong();
            Withdrawals withdrawals = new OptimisticWithdrawals(transactions(db, false), counting(retries));

            assertExact(ConcurrencyFixesContract.this.crowd("optimistic", withdrawals, retries));
        }
    }

    @Nested
    @DisplayName("pessimistic locking: SELECT … FOR UPDATE of every account the rule reads")
    class Pessimistic {
        // tag::lock-timeout[]
        @Test
        @DisplayName("a transaction waits for locked rows no longer than its lock timeout, then gets LockTimeoutException")
        void lockTimeout() throws Exception {
            ExecutorService holder = Executors.newSingleThreadExecutor();
            ExecutorService waiter = Executors.newSingleThreadExecutor();
            CountDownLatch locked = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            try {
                Future<?> holding = holder.submit(() -> transactions.inTransaction(tx -> {
                    tx.households().findAndLock(couple.household(), LOCK_TIMEOUT);
                    locked.countDown(); // FOR UPDATE has returned: the database granted the locks
                    Workers.await(release, "the holder's release");
                    return null;
                }));
                Workers.await(locked, "the holder's lock");

                long started = System.nanoTime();
                Future<Throwable> waiting = waiter.submit(() -> catchThrowable(() -> transactions.inTransaction(
                        tx -> tx.households().findAndLock(couple.household(), Duration.ofMillis(500)))));
                // The holder lets go only once the waiter has answered: had the 500 ms not reached the
                // database, the waiter would wait for ever, and the safety net would fail the step.
                Throwable thrown = Workers.result(waiting, "the waiter, given 500 ms to get the lock");
                long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
                release.countDown();
                Workers.result(holding, "the holder's transaction");

                assertThat(thrown).isInstanceOf(LockTimeoutException.class);
                // The database itself waited (MariaDB counts whole seconds: 500 ms becomes 1 s there).
                assertThat(waited).as("ms waited").isGreaterThanOrEqualTo(450L);
            } finally {
                release.countDown();
                holder.shutdownNow();
                waiter.shutdownNow();
            }
        }
        // end::lock-timeout[]

        // tag::skip-locked[]
        @Test
        @DisplayName("SKIP LOCKED: while one worker holds the first job, another takes the second without waiting")
        void skipLocked() throws Exception {
            List<Job> queued = transactions.inTransaction(tx -> List.of(
                    tx.jobs().add("invoice 1"), tx.jobs().add("invoice 2"), tx.jobs().add("invoice 3")));
            ExecutorService workers = Executors.newFixedThreadPool(2);
            CountDownLatch claimed = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            try {
                Future<Job> first = workers.submit(() -> transactions.inTransaction(tx -> {
                    Job job = tx.jobs().claimNext("worker A").orElseThrow();
                    claimed.countDown(); // the claim has returned: A holds the lock on its job
                    Workers.await(release, "worker A's release");
                    return job;
                }));
                Workers.await(claimed, "worker A's claim");

                Future<Job> second = workers.submit(() -> transactions.inTransaction(
                        tx -> tx.jobs().claimNext("worker B").orElseThrow()));
                // A lets go only after B's answer: B can answer at all only by skipping A's job.
                // Were it waiting for A's lock instead, it would never answer, and the net fails.
                assertThat(Workers.result(second, "worker B's claim, while A holds the first job").payload())
                        .isEqualTo("invoice 2");
                release.countDown();
                assertThat(Workers.result(first, "worker A's claim").payload()).isEqualTo("invoice 1");
            } finally {
                release.countDown();
                workers.shutdownNow();
            }
            assertThat(db.queryForLong("select count(*) from job where claimed_by is null")).isEqualTo(queued.size() - 2);
        }
        // end::skip-locked[]

        @Test
        @DisplayName("four workers empty a queue of 40 jobs: each job claimed exactly once")
        void workersShareAQueue() throws Exception {
            Transactions quiet = transactions(db, false);
            quiet.inTransaction(tx -> {
                for (int i = 1; i <= 40; i++) {
                    tx.jobs().add("report " + i);
                }
                return null;
            });
            ExecutorService workers = Executors.newFixedThreadPool(4);
            AtomicInteger claims = new AtomicInteger();
            try {
                List<Future<Object>> running = new ArrayList<>();
                for (int w = 1; w <= 4; w++) {
                    String worker = "worker " + w;
                    running.add(workers.submit(() -> {
                        while (quiet.inTransaction(tx -> tx.jobs().claimNext(worker)).isPresent()) {
                            claims.incrementAndGet();
                        }
                        return null;
                    }));
                }
                for (Future<Object> worker : running) {
                    Workers.result(worker, "a worker emptying the queue");
                }
            } finally {
                workers.shutdownNow();
            }
            assertThat(claims).hasValue(40);
            assertThat(db.queryForLong("select count(*) from job where claimed_by is null")).isZero();
        }

        @Test
        @DisplayName("a crowd of withdrawals, each waiting its turn for the locks: exact totals, nothing retried")
        void crowd() throws Exception {
            Withdrawals withdrawals = new PessimisticWithdrawals(transactions(db, false), LOCK_TIMEOUT);

            assertExact(ConcurrencyFixesContract.this.crowd("pessimistic", withdrawals, new AtomicLong()));
        }
    }

    @Nested
    @DisplayName("atomic conditional update: balance = balance - ? where balance >= ?")
    class Atomic {
        // tag::atomic-crowd[]
        @Test
        @DisplayName("a crowd of withdrawals, one UPDATE each: exact totals, and neither account below zero")
        void crowd() throws Exception {
            Withdrawals withdrawals = new AtomicWithdrawals(transactions(db, false));

            assertExact(ConcurrencyFixesContract.this.crowd("atomic update", withdrawals, new AtomicLong()));
            assertThat(Bank.balance(db, couple.first())).isZero();
            assertThat(Bank.balance(db, couple.second())).isZero();
        }
        // end::atomic-crowd[]
    }

    @Nested
    @DisplayName("SERIALIZABLE and retry")
    class SerializableRetry {
        // tag::constraint-not-retried[]
        @Test
        @DisplayName("a constraint violation is not retried: one attempt, and the database's error")
        void constraintViolationIsNotRetried() {
            transactions.inTransaction(tx -> tx.jobs().add("send the newsletter"));
            AtomicInteger attempts = new AtomicInteger();

            Throwable thrown = catchThrowable(() -> Retry.upTo(5).run(() -> {
                attempts.incrementAndGet();
                return transactions.inTransaction(tx -> tx.jobs().add("send the newsletter"));
            }));

            assertThat(attempts).hasValue(1);
            assertThat(thrown).isNotInstanceOfAny(ConcurrencyConflictException.class, LockTimeoutException.class);
            assertThat(DriverErrors.sqlState(thrown)).as("the database's own error: a unique violation")
                    .isEqualTo(DriverErrors.uniqueViolation(db.target()));
        }
        // end::constraint-not-retried[]

        // tag::serializable-crowd[]
        @Test
        @DisplayName("a crowd of withdrawals, retried on serialization failures and deadlocks: exact on PostgreSQL"
                + " and MariaDB; on H2 nothing is lost, but the household may end below zero")
        void crowd() throws Exception {
            AtomicLong retries = new AtomicLong();
            Withdrawals withdrawals = new SerializableWithdrawals(transactions(db, false), counting(retries));

            Crowd.Outcome outcome = ConcurrencyFixesContract.this.crowd("serializable + retry", withdrawals, retries);

            if (db.target() == DatabaseTarget.H2) {
                // H2's SERIALIZABLE stops the lost update, so every withdrawal is accounted for,
                // but not the write skew, so the rule may let more through than the money covers.
                assertThat(outcome.withdrawn() + outcome.refused()).isEqualTo(Crowd.ATTEMPTS);
                assertThat(Bank.householdBalance(db, couple.household())).isEqualTo(1200 - outcome.withdrawn());
            } else {
                assertExact(outcome);
            }
        }
        // end::serializable-crowd[]
    }
}
