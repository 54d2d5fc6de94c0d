package dev.dbpatterns.unitofwork;

import dev.dbpatterns.kit.lesson.DatabaseTarget;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.unitofwork.domain.Book;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The shop every test starts from: two customers and five books, no orders. Written with plain
 * JDBC through the unrecorded pool, so no unit of work is needed to set up the test of one, and
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
    private final Map<String, Long> ids = new LinkedHashMap<>();

    private Shop(LessonDatabase db) {
        this.db = db;
    }

    static Shop restock(LessonDatabase db) {
        Shop shop = new Shop(db);
        try (Connection connection = db.unrecordedDataSource().getConnection()) {
            try (Statement clear = connection.createStatement()) {
                for (String table : new String[] {"order_line", "orders", "book", "customer"}) {
                    clear.executeUpdate("delete from " + table);
                }
            }
            shop.insert(connection, ADA, "insert into customer (id, name, loyalty_points) values (?, ?, ?)", ADA, ADA_POINTS);
            shop.insert(connection, BEN, "insert into customer (id, name, loyalty_points) values (?, ?, ?)", BEN, 0);
            shop.book(connection, "978-0-00-000001-1", DUNE, "15.99", 5);
            shop.book(connection, "978-0-00-000002-8", SMALL_GODS, "8.99", 3);
            shop.book(connection, "978-0-00-000003-5", POMPEII, "18.00", 1);
            shop.book(connection, "978-0-00-000004-2", MORT, "7.99", 10);
            shop.book(connection, "978-0-00-000005-9", EARTHSEA, "9.99", 4);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not stock the shop: " + e.getMessage(), e);
        }
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
        Long id = ids.get(name);
        if (id == null) {
            throw new IllegalArgumentException("Not in the shop: " + name + "; there are " + ids.keySet());
        }
        return id;
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
        try (Connection connection = db.unrecordedDataSource().getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not run " + sql + ": " + e.getMessage(), e);
        }
    }

    private void book(Connection connection, String isbn, String title, String price, int inStock) throws SQLException {
        insert(connection, title, "insert into book (id, isbn, title, price, in_stock, version) values (?, ?, ?, ?, ?, 0)",
                isbn, title, new BigDecimal(price), inStock);
    }

    private void insert(Connection connection, String name, String sql, Object... values) throws SQLException {
        long id = nextId(connection, db.target());
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setLong(1, id);
            for (int i = 0; i < values.length; i++) {
                insert.setObject(i + 2, values[i]);
            }
            insert.executeUpdate();
        }
        ids.put(name, id);
    }

    /** A fresh value of the shop's sequence; it reserves a block, of which the fixture uses one id. */
    private static long nextId(Connection connection, DatabaseTarget target) throws SQLException {
        String sql = target == DatabaseTarget.POSTGRES ? "select nextval('shop_id_seq')" : "select next value for shop_id_seq";
        try (Statement statement = connection.createStatement(); ResultSet value = statement.executeQuery(sql)) {
            value.next();
            return value.getLong(1);
        }
    }
}
