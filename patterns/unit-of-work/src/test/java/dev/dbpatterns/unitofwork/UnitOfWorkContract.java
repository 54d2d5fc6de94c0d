package dev.dbpatterns.unitofwork;

import static dev.dbpatterns.unitofwork.Shop.ADA;
import static dev.dbpatterns.unitofwork.Shop.ADA_POINTS;
import static dev.dbpatterns.unitofwork.Shop.DUNE;
import static dev.dbpatterns.unitofwork.Shop.MORT;
import static dev.dbpatterns.unitofwork.Shop.POMPEII;
import static dev.dbpatterns.unitofwork.Shop.SMALL_GODS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.kit.lesson.SentStatement.Kind;
import dev.dbpatterns.kit.lesson.SqlLog;
import dev.dbpatterns.unitofwork.application.PlaceOrder;
import dev.dbpatterns.unitofwork.application.PlaceOrder.Receipt;
import dev.dbpatterns.unitofwork.application.PlaceOrder.Wanted;
import dev.dbpatterns.unitofwork.domain.Book;
import dev.dbpatterns.unitofwork.domain.CommitFailedException;
import dev.dbpatterns.unitofwork.domain.ConcurrentChangeException;
import dev.dbpatterns.unitofwork.domain.Customer;
import dev.dbpatterns.unitofwork.domain.Order;
import dev.dbpatterns.unitofwork.domain.OrderLine;
import dev.dbpatterns.unitofwork.domain.OutOfStockException;
import dev.dbpatterns.unitofwork.domain.ShopUnitOfWork;
import dev.dbpatterns.unitofwork.domain.UnitsOfWork;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * What every unit of work must do, on every database: write a business transaction whole after
 * its commit, or nothing of it. Every check reads through another connection than the unit's.
 * A subclass per style supplies the units; the tests are the same.
 */
@DatabaseTest
abstract class UnitOfWorkContract {
    protected UnitsOfWork units;
    protected Shop shop;
    protected LessonDatabase db;

    protected abstract UnitsOfWork units(LessonDatabase db);

    @BeforeEach
    void openShop(LessonDatabase db) {
        this.db = db;
        this.units = units(db);
        this.shop = Shop.restock(db);
    }

    private Receipt place(String customer, Wanted... wanted) {
        return new PlaceOrder(units).place(shop.id(customer), List.of(wanted));
    }

    private Wanted copies(int copies, String title) {
        return new Wanted(shop.id(title), copies);
    }

    /** Nothing of an order that failed: no order, no line, stock and points as they were. */
    private void assertNothingOfTheOrder() {
        assertThat(db.rowCount("orders")).as("orders").isZero();
        assertThat(db.rowCount("order_line")).as("order lines").isZero();
        assertThat(shop.inStock(DUNE)).as("copies of Dune").isEqualTo(5);
        assertThat(shop.points(ADA)).as("Ada's points").isEqualTo(ADA_POINTS);
    }

    @Nested
    @DisplayName("placing an order")
    class PlacingAnOrder {
        // tag::writes-everything[]
        @Test
        @DisplayName("writes the order, its lines, the stock and the points: all visible to another connection after commit")
        void writesEverything(SqlLog sql) {
            Receipt receipt = place(ADA, copies(2, DUNE), copies(1, SMALL_GODS));

            assertThat(receipt.total()).isEqualByComparingTo("40.97");
            assertThat(receipt.pointsEarned()).isEqualTo(40);
            assertThat(db.queryForLong("select count(*) from orders where id = ? and customer_id = ?",
                    receipt.orderId(), shop.id(ADA))).isEqualTo(1);
            assertThat(db.queryForLong("select sum(copies) from order_line where order_id = ?", receipt.orderId()))
                    .isEqualTo(3);
            assertThat(shop.inStock(DUNE)).isEqualTo(3);
            assertThat(shop.inStock(SMALL_GODS)).isEqualTo(2);
            assertThat(shop.points(ADA)).isEqualTo(ADA_POINTS + 40);
            sql.expect("one business transaction").commits(1).rollbacks(0);
        }
        // end::writes-everything[]

        @Test
        @DisplayName("an order loaded in a later unit holds its lines, and each line points back at that same order")
        void orderAndLinesKnowEachOther() {
            Receipt receipt = place(ADA, copies(2, DUNE), copies(1, SMALL_GODS));

            try (ShopUnitOfWork unit = units.begin()) {
                Order order = unit.order(receipt.orderId()).orElseThrow();

                // From the order's end: its lines, with what was ordered, in the order they were added.
                assertThat(order.lines()).extracting(OrderLine::bookId, OrderLine::copies)
                        .containsExactly(tuple(shop.id(DUNE), 2), tuple(shop.id(SMALL_GODS), 1));
                // From each line's end: not a copy of the order, nor an empty stand-in with its id,
                // but the very object the unit handed out, whose lines hold the line again.
                assertThat(order.lines()).allSatisfy(line -> {
                    assertThat(line.order()).isSameAs(order);
                    assertThat(line.order().lines()).contains(line);
                });
            }
        }

        @Test
        @DisplayName("a line of a new order, registered on its own, brings its order and the order's other lines along")
        void aLineBringsItsOrder() {
            Order order;
            try (ShopUnitOfWork unit = units.begin()) {
                order = new Order(unit.customer(shop.id(ADA)).orElseThrow());
                OrderLine dune = order.add(unit.book(shop.id(DUNE)).orElseThrow(), 1);
                order.add(unit.book(shop.id(MORT)).orElseThrow(), 1);
                unit.registerNew(dune); // the unit finds the order through the line's back-reference
                unit.commit();
            }

            assertThat(order.id()).as("the order's id, given at commit").isNotNull();
            assertThat(db.queryForList(Long.class, "select book_id from order_line where order_id = ? order by id",
                    order.id())).containsExactly(shop.id(DUNE), shop.id(MORT));
        }

        // tag::out-of-stock[]
        @Test
        @DisplayName("stops at a book with too few copies, halfway through: nothing of the order is written")
        void outOfStockWritesNothing(SqlLog sql) {
            assertThatThrownBy(() -> place(ADA, copies(2, DUNE), copies(3, POMPEII)))
                    .isInstanceOf(OutOfStockException.class)
                    .hasMessage("Only 1 of 3 copies of \"Pompeii\" are in stock: order fewer, or wait for the next delivery");

            assertNothingOfTheOrder();
            sql.expect("Dune's stock had been taken in memory, but nothing was written").inserts(0).updates(0).deletes(0);
        }
        // end::out-of-stock[]

        @Test
        @DisplayName("refuses an unknown customer or book, naming it, before anything is written")
        void unknownIdsAreRefused(SqlLog sql) {
            assertThatThrownBy(() -> new PlaceOrder(units).place(-1, List.of(copies(1, DUNE))))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("No customer with id -1");
            assertThatThrownBy(() -> place(ADA, copies(1, DUNE), new Wanted(-7, 1)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("No book with id -7 in the shop");

            assertNothingOfTheOrder();
            sql.expect().inserts(0).updates(0);
        }
    }

    @Nested
    @DisplayName("removing")
    class Removing {
        @Test
        @DisplayName("an order removed in a later unit goes with its lines")
        void removesAnOrderWithItsLines() {
            Receipt receipt = place(ADA, copies(1, DUNE), copies(1, MORT));

            try (ShopUnitOfWork unit = units.begin()) {
                unit.registerRemoved(unit.order(receipt.orderId()).orElseThrow());
                unit.commit();
            }

            assertThat(db.rowCount("orders")).isZero();
            assertThat(db.rowCount("order_line")).isZero();
        }

        // tag::removes-in-foreign-key-order[]
        @Test
        @DisplayName("a customer registered for removal before their order is still deleted after it")
        void removesInForeignKeyOrder() {
            Receipt receipt = place(ADA, copies(1, DUNE));

            try (ShopUnitOfWork unit = units.begin()) {
                unit.registerRemoved(unit.customer(shop.id(ADA)).orElseThrow());
                unit.registerRemoved(unit.order(receipt.orderId()).orElseThrow());
                unit.commit();
            }

            assertThat(db.rowCount("customer")).isEqualTo(1);
            assertThat(db.rowCount("orders")).isZero();
            assertThat(db.rowCount("order_line")).isZero();
        }
        // end::removes-in-foreign-key-order[]
    }

    @Nested
    @DisplayName("a failure while writing")
    class FailureWhileWriting {
        @Test
        @DisplayName("the database refusing the last line rolls back the order and the lines sent before it")
        void constraintViolationOnTheLastLine(SqlLog sql) {
            try (ShopUnitOfWork unit = units.begin()) {
                Order order = new Order(unit.customer(shop.id(ADA)).orElseThrow());
                for (Book book : unit.books(List.of(shop.id(DUNE), shop.id(SMALL_GODS), shop.id(MORT)))) {
                    book.take(1);
                    order.add(book, 1);
                    unit.registerDirty(book);
                }
                unit.registerNew(order);
                shop.withdrawElsewhere(MORT); // the last line's book is gone before the commit

                assertThatThrownBy(unit::commit)
                        .isInstanceOf(CommitFailedException.class)
                        .hasMessageStartingWith("Nothing of this unit of work was saved: the database said")
                        .message().containsIgnoringCase("order_line_book_fk");
            }

            assertThat(sql.count(Kind.INSERT)).as("INSERTs sent before the failure").isPositive();
            sql.expect("the failed unit").rollbacks(1).commits(0);
            assertNothingOfTheOrder();
            assertThat(shop.inStock(SMALL_GODS)).isEqualTo(3);
        }

        // tag::stale-version[]
        @Test
        @DisplayName("a book sold elsewhere since it was loaded fails its version check: nothing of the unit is written")
        void staleVersionRollsBackEverything(SqlLog sql) {
            try (ShopUnitOfWork unit = units.begin()) {
                Customer ada = unit.customer(shop.id(ADA)).orElseThrow();
                Book dune = unit.book(shop.id(DUNE)).orElseThrow();
                dune.take(2);
                unit.registerDirty(dune);
                Order order = new Order(ada);
                order.add(dune, 2);
                ada.earnPoints(order.loyaltyPoints());
                unit.registerDirty(ada);
                unit.registerNew(order);
                shop.sellElsewhere(DUNE, 1);

                assertThatThrownBy(unit::commit)
                        .isInstanceOf(ConcurrentChangeException.class)
                        .hasMessageContaining("Book " + shop.id(DUNE) + " was changed by someone else since this unit"
                                + " of work loaded it. Load it again in a new unit of work and retry");
            }

            assertThat(sql.count(Kind.INSERT)).as("the order's INSERTs went out first").isEqualTo(2);
            sql.expect().rollbacks(1).commits(0);
            assertThat(shop.inStock(DUNE)).as("the other sale stands, this one is gone").isEqualTo(4);
            assertThat(db.rowCount("orders")).isZero();
            assertThat(shop.points(ADA)).isEqualTo(ADA_POINTS);
        }
        // end::stale-version[]
    }

    @Nested
    @DisplayName("one object per row")
    class OneObjectPerRow {
        @Test
        @DisplayName("a row loaded twice in one unit, by id and in a list, is the same object")
        void sameRowSameObject() {
            try (ShopUnitOfWork unit = units.begin()) {
                Book byId = unit.book(shop.id(DUNE)).orElseThrow();
                byId.take(1);
                List<Book> inAList = unit.books(List.of(shop.id(MORT), shop.id(DUNE)));

                assertThat(inAList).anySatisfy(book -> assertThat(book).isSameAs(byId));
                assertThat(byId.inStock()).as("the change made in memory is kept").isEqualTo(4);
                assertThat(unit.customer(shop.id(ADA)).orElseThrow()).isSameAs(unit.customer(shop.id(ADA)).orElseThrow());
            }
        }

        @Test
        @DisplayName("two units load two objects for the same row")
        void eachUnitHasItsOwn() {
            try (ShopUnitOfWork first = units.begin(); ShopUnitOfWork second = units.begin()) {
                assertThat(first.book(shop.id(DUNE)).orElseThrow()).isNotSameAs(second.book(shop.id(DUNE)).orElseThrow());
            }
        }
    }

    @Nested
    @DisplayName("the unit's boundaries")
    class Boundaries {
        @Test
        @DisplayName("a unit closed without a commit writes nothing of what it registered")
        void closeWithoutCommitWritesNothing(SqlLog sql) {
            try (ShopUnitOfWork unit = units.begin()) {
                Book dune = unit.book(shop.id(DUNE)).orElseThrow();
                dune.take(5);
                unit.registerDirty(dune);
                unit.registerNew(new Order(unit.customer(shop.id(ADA)).orElseThrow()));
            }
            assertNothingOfTheOrder();
            sql.expect().inserts(0).updates(0).commits(0);
        }

        @Test
        @DisplayName("a unit refuses to be used after its commit: the next business transaction needs a new one")
        void endsAtCommit() {
            ShopUnitOfWork unit = units.begin();
            unit.book(shop.id(DUNE)).orElseThrow();
            unit.commit();

            assertThatThrownBy(() -> unit.book(shop.id(DUNE)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("This unit of work has ended (committed, failed or closed):"
                            + " begin a new one for the next business transaction");
            assertThatThrownBy(unit::commit).as("a second commit")
                    .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("This unit of work has ended");
            unit.close();
        }

        @Test
        @DisplayName("a unit refuses an object another unit loaded, and says what to do instead")
        void refusesForeignObjects(SqlLog sql) {
            Book loadedElsewhere;
            try (ShopUnitOfWork earlier = units.begin()) {
                loadedElsewhere = earlier.book(shop.id(DUNE)).orElseThrow();
            }
            loadedElsewhere.take(1);

            try (ShopUnitOfWork unit = units.begin()) {
                assertThatThrownBy(() -> unit.registerDirty(loadedElsewhere))
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessageEndingWith("was not loaded by this unit of work:"
                                + " load it again through this unit and change that object");
                assertThatThrownBy(() -> unit.registerRemoved(loadedElsewhere))
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessageContaining("was not loaded by this unit of work");
                assertThatThrownBy(() -> unit.registerNew(loadedElsewhere))
                        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already has an id");
            }
            assertThat(shop.inStock(DUNE)).isEqualTo(5);
        }

        @Test
        @DisplayName("anything but a customer, book, order or order line is refused by name")
        void refusesNonEntities() {
            try (ShopUnitOfWork unit = units.begin()) {
                assertThatThrownBy(() -> unit.registerNew("Dune"))
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessage("A unit of work tracks customers, books, orders and order lines, not java.lang.String");
            }
        }
    }
}
