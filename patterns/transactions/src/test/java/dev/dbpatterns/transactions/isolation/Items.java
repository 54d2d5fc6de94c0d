package dev.dbpatterns.transactions.isolation;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/** The scenario's table, set up and read back through the test's own connection. */
final class Items {
    private Items() {
    }

    /** Back to Hermitage's starting point: item 1 holds 10, item 2 holds 20. */
    static void reset(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("delete from item");
            statement.executeUpdate("insert into item (id, quantity) values (1, 10), (2, 20)");
        }
    }

    static Map<Integer, Integer> read(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select id, quantity from item order by id")) {
            Map<Integer, Integer> quantities = new LinkedHashMap<>();
            while (rows.next()) {
                quantities.put(rows.getInt(1), rows.getInt(2));
            }
            return quantities;
        }
    }
}
