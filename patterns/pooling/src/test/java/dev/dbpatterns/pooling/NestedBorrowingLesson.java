package dev.dbpatterns.pooling;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.kit.lesson.Workers;
import java.sql.Connection;
import java.sql.SQLTransientConnectionException;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A sale that, while holding its connection, borrows a second one (a receipt written in a
 * transaction of its own). Three such sales at once need at most 3 × 2 connections, yet a pool
 * of 3 × (2 − 1) = 3 deadlocks: each sale holds one and waits for another that only a sale can
 * give back. One more connection, 3 × (2 − 1) + 1, is enough for them all to finish: the receipt's
 * connection goes back and serves the next. The sales meet once each holds its first connection,
 * so the deadlock is certain, not a matter of timing; the pool's connectionTimeout is what ends it.
 */
@DatabaseTest(migrate = false)
@DisplayName("HikariCP: nested borrowing deadlocks a pool of Tn × (Cm − 1) connections")
class NestedBorrowingLesson {
    private static final int SALES = 3;               // Tn: threads
    private static final int CONNECTIONS_PER_SALE = 2; // Cm: connections each holds at once

    private LessonDatabase db;

    @BeforeEach
    void setUp(LessonDatabase db) {
        this.db = db;
    }

    private HikariDataSource pool(int size, long connectionTimeout) {
        HikariConfig config = LessonPools.hikari(db, size);
        config.setPoolName("nested-" + size);
        config.setConnectionTimeout(connectionTimeout);
        return new HikariDataSource(config);
    }

    // tag::nested[]
    /**
     * Each sale: take a connection, wait until every sale has one, then take a second for the
     * receipt, and keep the first until every sale has its receipt or its refusal. Keeping it makes
     * the outcome certain: no refused sale frees a connection that would let another one through.
     */
    @SuppressWarnings("try") // the connections are only held: holding them is the point
    private static void sales(HikariDataSource pool, Queue<SQLTransientConnectionException> refused,
                              AtomicInteger receipts) throws Exception {
        CountDownLatch everySaleHoldsOne = new CountDownLatch(SALES);
        CountDownLatch everySaleIsAnswered = new CountDownLatch(SALES);
        Workers.run(SALES, sale -> {
            try (Connection forTheSale = pool.getConnection()) {
                Workers.meet(everySaleHoldsOne);
                try (Connection forTheReceipt = pool.getConnection()) {
                    receipts.incrementAndGet();
                } catch (SQLTransientConnectionException e) {
                    refused.add(e);
                }
                Workers.meet(everySaleIsAnswered);
            }
        });
    }
    // end::nested[]

    @Test
    @DisplayName("a pool of Tn × (Cm − 1) = 3: every sale waits for a second connection and times out")
    void deadlock() throws Exception {
        Queue<SQLTransientConnectionException> refused = new ConcurrentLinkedQueue<>();
        AtomicInteger receipts = new AtomicInteger();
        try (HikariDataSource pool = pool(SALES * (CONNECTIONS_PER_SALE - 1), 2_000)) {
            sales(pool, refused, receipts);
        }
        assertThat(receipts).as("receipts written").hasValue(0);
        assertThat(refused).as("sales refused their second connection").hasSize(SALES);
        // HikariCP's message is the pool's own snapshot when the first wait ended: all three lent, none idle.
        assertThat(refused).anySatisfy(timeout -> assertThat(timeout.getMessage()).contains("active=3, idle=0"));
    }

    @Test
    @DisplayName("a pool of Tn × (Cm − 1) + 1 = 4: the spare connection serves one receipt after another: every sale finishes")
    void onePlus() throws Exception {
        Queue<SQLTransientConnectionException> refused = new ConcurrentLinkedQueue<>();
        AtomicInteger receipts = new AtomicInteger();
        try (HikariDataSource pool = pool(SALES * (CONNECTIONS_PER_SALE - 1) + 1, 30_000)) {
            sales(pool, refused, receipts);
        }
        assertThat(refused).as("sales refused a connection").isEmpty();
        assertThat(receipts).as("receipts written").hasValue(SALES);
    }
}
