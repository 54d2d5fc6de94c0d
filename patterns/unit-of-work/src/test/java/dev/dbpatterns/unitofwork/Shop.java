package dev.dbpatterns.unitofwork;

import dev.dbpatterns.kit.lesson.DatabaseTarget;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.kit.lesson.SeededRows;
import dev.dbpatterns.unitofwork.domain.Book;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * The shop every test starts from: two customers and five books, no orders. Written through the
 * lesson database's unrecorded pool, so no unit of work is needed to set up the test of one, and
 * no set-up SQL shows among a lesson's statements. The same pool answers a test's checks: another
 * connection than the unit's, which sees only what was committed.
 */
final class Shop {
    static final String ADA = "Ada Lovelace";
    static final String BEN = "Ben Okri";
    static final int ADA_POINTS = 100;
    static final String DUNE = "Dune";
    static final String SMALL_GODS = "Small Gods";
    static final String POMPEII = "Pompeii";
    static final String MORT = "Mort";
    static final String EARTHSEA = "A Wizard of Earthsea";

    private final LessonDatabase db;
    private final SeededRows rows = new SeededRows("in the shop");

    private Shop(LessonDatabase db) {
        this.db = db;
    }

    static Shop restock(LessonDatabase db) {
        Shop shop = new Shop(db);
        for (String table : new String[] {"order_line", "orders", "book", "customer"}) {
            db.update("delete from " + table);
        }
        shop.insert(ADA, "insert into customer (id, name, loyalty_points) values (?, ?, ?)", ADA, ADA_POINTS);
        shop.insert(BEN, "insert into customer (id, name, loyalty_points) values (?, ?, ?)", BEN, 0);
        shop.book("978-0-00-000001-1", DUNE, "15.99", 5);
        shop.book("978-0-00-000002-8", SMALL_GODS, "8.99", 3);
        shop.book("978-0-00-000003-5", POMPEII, "18.00", 1);
        shop.book("978-0-00-000004-2", MORT, "7.99", 10);
        shop.book("978-0-00-000005-9", EARTHSEA, "9.99", 4);
        return shop;
    }

    /** Books the shop does not stock yet, with ISBNs of their own. */
    static List<Book> newTitles(int count) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(i -> new Book(String.format(Locale.ROOT, "979-1-%02d-000000-0", i), "New title " + i,
                        new BigDecimal("10.00"), 3))
                .toList();
    }

    long id(String name) {
        return rows.id(name);
    }

    // Checks, on another connection than any unit of work's: they see committed rows only.

    long inStock(String title) {
        return db.queryForLong("select in_stock from book where id = ?", id(title));
    }

    long points(String customer) {
        return db.queryForLong("select loyalty_points from customer where id = ?", id(customer));
    }

    /** Someone else, in a transaction of their own, sells copies: the row's version moves on. */
    void sellElsewhere(String title, int copies) {
        update("update book set in_stock = in_stock - ?, version = version + 1 where id = ?", copies, id(title));
    }

    /** Someone else, in a transaction of their own, adds points to a customer. */
    void addPointsElsewhere(String customer, int points) {
        update("update customer set loyalty_points = loyalty_points + ? where id = ?", points, id(customer));
    }

    /** Someone else withdraws a book from sale: its row is deleted. */
    void withdrawElsewhere(String title) {
        update("delete from book where id = ?", id(title));
    }

    private void update(String sql, Object... values) {
        db.update(sql, values);
    }

    private void book(String isbn, String title, String price, int inStock) {
        insert(title, "insert into book (id, isbn, title, price, in_stock, version) values (?, ?, ?, ?, ?, 0)",
                isbn, title, new BigDecimal(price), inStock);
    }

    /** Ids come from the shop's sequence, as the units of work take theirs: the fixture uses one of a block. */
    private void insert(String name, String sql, Object... values) {
        long id = db.queryForLong(db.target() == DatabaseTarget.POSTGRES
                ? "select nextval('shop_id_seq')" : "select next value for shop_id_seq");
        Object[] row = new Object[values.length + 1];
        row[0] = id;
        System.arraycopy(values, 0, row, 1, values.length);
        db.update(sql, row);
        rows.add(name, id);
    }
}
