package dev.dbpatterns.migrations.mybatis;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.session.Configuration;

/**
 * MyBatis's answer to Hibernate's {@code validate}: every mapped statement prepared on the
 * migrated schema before the application serves anyone, so a column no migration made is named
 * with the statement that wants it, at start-up or in the build, not at a user's first call.
 *
 * <p>Preparing alone is not a check everywhere: the PostgreSQL driver sends nothing until a
 * statement runs, and asking for the parameters' metadata makes it have the server parse it.
 * MariaDB's driver prepares on the client, metadata and all, so there the server is asked
 * outright, with SQL's own PREPARE.
 */
public final class StatementCheck {
    private StatementCheck() {
    }

    // tag::check[]
    /** Each statement the server could not parse, by id, with its words; empty when all agree with the schema. */
    public static Map<String, String> problems(Configuration configuration) throws SQLException {
        Map<String, String> problems = new TreeMap<>();
        try (Connection connection = configuration.getEnvironment().getDataSource().getConnection()) {
            boolean mariadb = connection.getMetaData().getDatabaseProductName().matches("(?i)mariadb|mysql");
            for (MappedStatement statement : configuration.getMappedStatements()) {
                String sql = statement.getBoundSql(null).getSql(); // #{…} become ?: no values needed
                try {
                    if (mariadb) {
                        prepareOnServer(connection, sql);
                    } else {
                        try (PreparedStatement prepared = connection.prepareStatement(sql)) {
                            prepared.getParameterMetaData();
                        }
                    }
                } catch (SQLException e) {
                    problems.put(statement.getId(), e.getMessage());
                }
            }
        }
        return problems;
    }
    // end::check[]

    private static void prepareOnServer(Connection connection, String sql) throws SQLException {
        try (PreparedStatement text = connection.prepareStatement("set @statement_check = ?");
             Statement prepare = connection.createStatement()) {
            text.setString(1, sql);
            text.execute();
            prepare.execute("prepare statement_check from @statement_check");
            prepare.execute("deallocate prepare statement_check");
            prepare.execute("set @statement_check = null"); // a pooled session carries its variables to the next borrower
        }
    }
}
