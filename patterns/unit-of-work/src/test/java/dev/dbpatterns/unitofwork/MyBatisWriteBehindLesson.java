package dev.dbpatterns.unitofwork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.kit.lesson.SentStatement;
import dev.dbpatterns.kit.lesson.SqlLog;
import dev.dbpatterns.unitofwork.application.PlaceOrder;
import dev.dbpatterns.unitofwork.application.PlaceOrder.Wanted;
import dev.dbpatterns.unitofwork.domain.Book;
import dev.dbpatterns.unitofwork.domain.CommitFailedException;
import dev.dbpatterns.unitofwork.domain.Order;
import dev.dbpatterns.unitofwork.domain.ShopUnitOfWork;
import dev.dbpatterns.unitofwork.mybatis.MyBatisSetup;
import dev.dbpatterns.unitofwork.mybatis.MyBatisUnitsOfWork;
import java.sql.BatchUpdateException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Write-behind: the unit only remembers what changed until its commit, then writes it all at
 * once. Because the ids come from a sequence before the INSERTs, the INSERTs of one table can
 * wait in one JDBC batch; MyBatis's BATCH executor fills it, the unit cuts it at 10.
 */
@DatabaseTest
@DisplayName("MyBatis unit of work: nothing is sent before the commit, then the writes go in batches")
class MyBatisWriteBehindLesson {
    private MyBatisUnitsOfWork units;
    private Shop shop;
    private LessonDatabase db;

    @BeforeEach
    void setUp(LessonDatabase db) {
        this.db = db;
        // A new factory of units for each step: its blocks of ids start empty, so the count of
        // SELECTs on the sequence is the same whatever ran before.
        this.units = new MyBatisUnitsOfWork(db.shared("mybatis", MyBatisSetup::sqlSessionFactory));
        this.shop = Shop.restock(db);
    }

    @Test
    @DisplayName("registering 25 new books sends nothing at all")
    void registeringSendsNothing(SqlLog sql) {
        try (ShopUnitOfWork unit = units.begin()) {
            Shop.newTitles(25).forEach(unit::registerNew);
            sql.expect("25 books registered, no commit yet").nothingSent();
        }
        sql.expect("closed without a commit").nothingSent();
    }

    @Test
    @DisplayName("the commit reserves ids in 2 SELECTs, then sends 25 INSERTs in 3 batches: 10, 10 and 5")
    void commitSendsBatches(SqlLog sql) {
        // tag::write-behind[]
        try (ShopUnitOfWork unit = units.begin()) {
            Shop.newTitles(25).forEach(unit::registerNew);
            unit.commit();
        }
        sql.expect("2 blocks of 20 ids, 25 INSERTs, batches of at most 10")
                .selects(2).inserts(25).batches(3).commits(1);
        // end::write-behind[]
        assertThat(sql.statements()).filteredOn(SentStatement::isBatched)
                .extracting(SentStatement::executions).containsExactly(10, 10, 5);
        assertThat(db.rowCount("book")).isEqualTo(5 + 25);
    }

    @Test
    @DisplayName("placing an order writes four tables in four batches, one per statement, after every read")
    void anOrderIsFourBatches(SqlLog sql) {
        new PlaceOrder(units).place(shop.id(Shop.ADA), List.of(new Wanted(shop.id(Shop.DUNE), 1),
                new Wanted(shop.id(Shop.MORT), 2), new Wanted(shop.id(Shop.EARTHSEA), 1)));

        sql.expect("customer, books, one block of ids; then the writes").selects(3).inserts(4).updates(4).batches(4).commits(1);
        assertThat(sql.writes()).containsExactly(
                "insert orders ×1", "insert order_line ×3", "update customer ×1", "update book ×3");
        assertThat(sql.readsComeFirst()).as("every SELECT before the first write").isTrue();
    }

    @Test
    @DisplayName("when one row of a batch fails, each driver reports it its own way; the unit rolls back either way")
    void failingBatchPerDriver(SqlLog sql) {
        ShopUnitOfWork unit = units.begin();
        Order order = new Order(unit.customer(shop.id(Shop.ADA)).orElseThrow());
        for (Book book : unit.books(List.of(shop.id(Shop.DUNE), shop.id(Shop.SMALL_GODS), shop.id(Shop.MORT)))) {
            order.add(book, 1);
        }
        unit.registerNew(order);
        shop.withdrawElsewhere(Shop.MORT); // the third line's book is gone

        Throwable failure;
        try (unit) {
            failure = catchThrowable(unit::commit);
        }

        assertThat(failure).isInstanceOf(CommitFailedException.class);

        int[] counts = batchUpdateException(failure).getUpdateCounts();
        int failed = Statement.EXECUTE_FAILED;
        switch (db.target()) {
            // H2 runs every row of the batch and marks the one that failed.
            case H2 -> assertThat(counts).containsExactly(1, 1, failed);
            // PostgreSQL and MariaDB stop at the error and report the whole batch as failed.
            case POSTGRES, MARIADB -> assertThat(counts).containsExactly(failed, failed, failed);
        }
        sql.expect().rollbacks(1).commits(0);
        assertThat(db.rowCount("order_line")).as("whatever the driver ran, the rollback undid").isZero();
    }

    private static BatchUpdateException batchUpdateException(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BatchUpdateException batch) {
                return batch;
            }
        }
        throw new AssertionError("No BatchUpdateException among the causes of " + failure);
    }
}
