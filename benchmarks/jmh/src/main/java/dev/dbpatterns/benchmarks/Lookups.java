package dev.dbpatterns.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.hibernate.Session;
import org.hibernate.SessionFactory;

/** Benchmark 1, lookup by primary key: one author's name, in each style, each from a new session. */
final class Lookups {
    static final String[] STYLES = {"rawJdbc", "myBatis", "hibernateFind", "hibernateQuery"};

    interface AuthorLookup extends AutoCloseable {
        String nameOf(long id) throws SQLException;

        @Override
        default void close() {
        }
    }

    private Lookups() {
    }

    static AuthorLookup open(String style, DataSource dataSource) {
        return switch (style) {
            case "rawJdbc" -> id -> rawJdbc(dataSource, id);
            case "myBatis" -> {
                SqlSessionFactory myBatis = MyBatisSetup.sessionFactory(dataSource);
                yield id -> {
                    try (SqlSession session = myBatis.openSession(true)) {
                        return session.getMapper(BenchMapper.class).nameOf(id);
                    }
                };
            }
            case "hibernateFind" -> hibernate(dataSource, (session, id) -> session.find(Author.class, id).getName());
            case "hibernateQuery" -> hibernate(dataSource, (session, id) ->
                    session.createSelectionQuery("from Author where id = :id", Author.class)
                            .setParameter("id", id).getSingleResult().getName());
            default -> throw new IllegalArgumentException("no lookup style " + style);
        };
    }

    private static String rawJdbc(DataSource dataSource, long id) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("select name from author where id = ?")) {
            select.setLong(1, id);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    private interface InSession {
        String nameOf(Session session, long id);
    }

    /** A new session per lookup, as a request would open one: its first-level cache never answers. */
    private static AuthorLookup hibernate(DataSource dataSource, InSession read) {
        SessionFactory sessions = HibernateSetup.sessionFactory(dataSource);
        return new AuthorLookup() {
            @Override
            public String nameOf(long id) {
                try (Session session = sessions.openSession()) {
                    return read.nameOf(session, id);
                }
            }

            @Override
            public void close() {
                sessions.close();
            }
        };
    }

    /** The check before measuring: one lookup sends exactly one SELECT and returns the right name. */
    static void check(AuthorLookup lookup, SentSql sent) throws SQLException {
        sent.reset();
        String name = lookup.nameOf(7);
        sent.require("Author 7".equals(name), "the lookup of author 7 must return \"Author 7\", not " + name);
        sent.require(sent.count("select") == 1 && sent.total() == 1,
                "a lookup by primary key must send exactly one SELECT and nothing else");
    }
}
