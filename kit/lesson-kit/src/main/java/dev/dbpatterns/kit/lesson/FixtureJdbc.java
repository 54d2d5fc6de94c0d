package dev.dbpatterns.kit.lesson;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Plain JDBC for a test's own set-up and checks, through the unrecorded pool, each call
 * committed at once. A fixture must not need the adapter it tests, and must not show among the
 * statements a lesson is about.
 */
final class FixtureJdbc {
    private final DataSource dataSource;

    FixtureJdbc(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    <T> List<T> query(Class<T> type, String sql, Object... parameters) {
        return run(sql, parameters, statement -> {
            try (ResultSet rows = statement.executeQuery()) {
                List<T> values = new ArrayList<>();
                while (rows.next()) {
                    values.add(column(rows, type));
                }
                return values;
            }
        });
    }

    /**
     * A sum of bigints is numeric on PostgreSQL, a count is bigint everywhere: a whole number is
     * read as a number, whatever type the database gave it.
     */
    private static <T> T column(ResultSet rows, Class<T> type) throws SQLException {
        if (type == Long.class) {
            long value = rows.getLong(1);
            return rows.wasNull() ? null : type.cast(value);
        }
        return rows.getObject(1, type);
    }

    int update(String sql, Object... parameters) {
        return run(sql, parameters, PreparedStatement::executeUpdate);
    }

    long insert(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql, new String[] {"id"})) {
            bind(statement, parameters);
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new IllegalStateException("No generated id from: " + sql);
                }
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw failed(sql, e);
        }
    }

    private interface Work<T> {
        T on(PreparedStatement statement) throws SQLException;
    }

    private <T> T run(String sql, Object[] parameters, Work<T> work) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            return work.on(statement);
        } catch (SQLException e) {
            throw failed(sql, e);
        }
    }

    private static void bind(PreparedStatement statement, Object[] parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
    }

    private static IllegalStateException failed(String sql, SQLException e) {
        return new IllegalStateException("Could not run " + sql + ": " + e.getMessage(), e);
    }
}
