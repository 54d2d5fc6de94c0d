package dev.dbpatterns.migrations;

import dev.dbpatterns.kit.lesson.LessonDatabase;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A column as a DDL script and a database's JDBC metadata can both state it, in terms all three
 * databases report alike: its name, whether it takes NULL, a varchar's length, its default (as
 * written; null when none).
 */
record DeclaredColumn(String name, boolean nullable, Integer length, String defaultValue) {

    /** "isbn varchar(20) not null", "id not null": what a draft and a schema agree on, the default left out. */
    String shape() {
        return name + (length == null ? "" : " varchar(" + length + ")") + (nullable ? " null" : " not null");
    }

    /** Each column's {@link #shape()}, in the map's order. */
    static List<String> shapes(Map<String, DeclaredColumn> columns) {
        return columns.values().stream().map(DeclaredColumn::shape).toList();
    }

    /** The table's columns by lower-case name, as the database's JDBC metadata describes the migrated schema. */
    static Map<String, DeclaredColumn> inSchema(LessonDatabase db, String table) {
        Map<String, DeclaredColumn> columns = new TreeMap<>();
        try (Connection connection = db.unrecordedDataSource().getConnection()) {
            DatabaseMetaData metadata = connection.getMetaData();
            // H2 stores unquoted names in upper case; the URL already selects the schema (PostgreSQL) or database (MariaDB).
            String name = metadata.storesUpperCaseIdentifiers() ? table.toUpperCase(Locale.ROOT) : table;
            try (ResultSet column = metadata.getColumns(connection.getCatalog(), connection.getSchema(), name, null)) {
                while (column.next()) {
                    String columnName = column.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
                    Integer length = column.getInt("DATA_TYPE") == Types.VARCHAR ? column.getInt("COLUMN_SIZE") : null;
                    columns.put(columnName, new DeclaredColumn(columnName, "YES".equals(column.getString("IS_NULLABLE")),
                            length, column.getString("COLUMN_DEF")));
                }
            }
        } catch (SQLException e) {
            throw new AssertionError("Could not read the columns of " + table + ": " + e.getMessage(), e);
        }
        return columns;
    }
}
