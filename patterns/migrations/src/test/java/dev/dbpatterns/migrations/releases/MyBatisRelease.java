package dev.dbpatterns.migrations.releases;

import dev.dbpatterns.migrations.mybatis.StatementCheck;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;

/**
 * A later release in MyBatis: its mapper's statements, prepared on the schema before the release
 * serves anyone ({@link StatementCheck}), since MyBatis itself never looks at the schema.
 */
final class MyBatisRelease<B> implements RunningRelease {
    private final SqlSessionFactory sessions;
    private final LaterRelease<B> release;

    private MyBatisRelease(SqlSessionFactory sessions, LaterRelease<B> release) {
        this.sessions = sessions;
        this.release = release;
    }

    static <B> RunningRelease start(DataSource dataSource, LaterRelease<B> release) {
        Configuration configuration = new Configuration(new Environment(release.entity().getName(), new JdbcTransactionFactory(), dataSource));
        configuration.addMapper(release.mapper());
        checkStatements(configuration);
        return new MyBatisRelease<>(new SqlSessionFactoryBuilder().build(configuration), release);
    }

    /** MyBatis's start-up check: every statement the schema refuses, named; a release with one does not start. */
    static void checkStatements(Configuration configuration) {
        Map<String, String> problems;
        try {
            problems = StatementCheck.problems(configuration);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not check the statements", e);
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("statements the schema refuses: " + String.join(", ",
                    problems.keySet().stream().map(id -> id.substring(id.lastIndexOf('.') + 1)).toList()));
        }
    }

    @Override
    public long add(Listing listing) {
        B book = release.book().apply(listing);
        try (SqlSession session = sessions.openSession()) {
            session.insert(statement("insert"), book);
            session.commit();
        }
        return release.listing().apply(book).id();
    }

    @Override
    public Optional<Listing> byIsbn(String isbn) {
        try (SqlSession session = sessions.openSession()) {
            return Optional.ofNullable(session.<B>selectOne(statement("byIsbn"), isbn)).map(release.listing());
        }
    }

    /** Called by id rather than through the mapper's methods: one class serves every release's mapper. */
    private String statement(String method) {
        return release.mapper().getName() + "." + method;
    }

    @Override
    public void close() {
        // MyBatis holds no connection between calls: nothing to stop.
    }
}
