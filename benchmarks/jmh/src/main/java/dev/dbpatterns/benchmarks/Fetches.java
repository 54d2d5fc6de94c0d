package dev.dbpatterns.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.hibernate.Session;
import org.hibernate.SessionFactory;

/**
 * Benchmark 4, fetch plans: the first 100 authors with their 10 books each, read in one new
 * session: one join (raw JDBC, MyBatis's nested results, Hibernate's join fetch), one query per
 * author (N+1, in MyBatis with a nested select's shape and in Hibernate by lazy loading), or batch
 * fetching (Hibernate loads the books of up to 100 authors per query).
 */
final class Fetches {
    static final int AUTHORS = 100;
    static final String[] STYLES = {"rawJdbcJoin", "myBatisNPlusOne", "myBatisNestedResults", "hibernateNPlusOne", "hibernateJoinFetch", "hibernateBatchFetch"};

    interface AuthorsWithBooks extends AutoCloseable {
        List<AuthorRow> read() throws SQLException;

        @Override
        default void close() {
        }
    }

    private Fetches() {
    }

    static AuthorsWithBooks open(String style, DataSource dataSource) {
        return switch (style) {
            case "rawJdbcJoin" -> () -> rawJdbcJoin(dataSource);
            case "myBatisNPlusOne" -> myBatisNPlusOne(MyBatisSetup.sessionFactory(dataSource));
            case "myBatisNestedResults" -> myBatisNestedResults(MyBatisSetup.sessionFactory(dataSource));
            case "hibernateNPlusOne" -> hibernate(dataSource, "from Author where id <= :count order by id", 0);
            case "hibernateJoinFetch" -> hibernate(dataSource,
                    "select distinct a from Author a join fetch a.books where a.id <= :count order by a.id", 0);
            case "hibernateBatchFetch" -> hibernate(dataSource, "from Author where id <= :count order by id", AUTHORS);
            default -> throw new IllegalArgumentException("no fetch style " + style);
        };
    }

    private static List<AuthorRow> rawJdbcJoin(DataSource dataSource) throws SQLException {
        List<AuthorRow> authors = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("select a.id, a.name, b.title from author a"
                     + " join book b on b.author_id = a.id where a.id <= ? order by a.id, b.id")) {
            select.setInt(1, AUTHORS);
            try (ResultSet rows = select.executeQuery()) {
                AuthorRow current = null;
                while (rows.next()) {
                    if (current == null || current.id() != rows.getLong(1)) {
                        current = new AuthorRow(rows.getLong(1), rows.getString(2), new ArrayList<>());
                        authors.add(current);
                    }
                    current.titles().add(rows.getString(3));
                }
            }
        }
        return authors;
    }

    private static AuthorsWithBooks myBatisNPlusOne(SqlSessionFactory myBatis) {
        return () -> {
            try (SqlSession session = myBatis.openSession(true)) {
                BenchMapper mapper = session.getMapper(BenchMapper.class);
                List<AuthorRow> authors = new ArrayList<>();
                for (BenchMapper.AuthorName author : mapper.firstAuthors(AUTHORS)) {
                    authors.add(new AuthorRow(author.id(), author.name(), mapper.titlesOf(author.id())));
                }
                return authors;
            }
        };
    }

    private static AuthorsWithBooks myBatisNestedResults(SqlSessionFactory myBatis) {
        return () -> {
            try (SqlSession session = myBatis.openSession(true)) {
                return session.getMapper(BenchMapper.class).authorsWithTitles(AUTHORS).stream()
                        .map(BenchMapper.AuthorTitles::row).toList();
            }
        };
    }

    private static AuthorsWithBooks hibernate(DataSource dataSource, String query, int fetchBatchSize) {
        SessionFactory sessions = HibernateSetup.sessionFactory(dataSource);
        return new AuthorsWithBooks() {
            @Override
            public List<AuthorRow> read() {
                try (Session session = sessions.openSession()) {
                    session.setFetchBatchSize(fetchBatchSize);
                    List<AuthorRow> authors = new ArrayList<>();
                    for (Author author : session.createSelectionQuery(query, Author.class).setParameter("count", AUTHORS).getResultList()) {
                        authors.add(new AuthorRow(author.getId(), author.getName(),
                                author.getBooks().stream().map(Book::getTitle).toList()));
                    }
                    return authors;
                }
            }

            @Override
            public void close() {
                sessions.close();
            }
        };
    }

    /** SELECTs one read sends in a style: one for a join, one per author plus one for N+1, two with batch fetching. */
    static int expectedSelects(String style) {
        return switch (style) {
            case "myBatisNPlusOne", "hibernateNPlusOne" -> 1 + AUTHORS;
            case "hibernateBatchFetch" -> 2;
            default -> 1;
        };
    }

    /** The check before measuring: 100 authors with 10 books each, in as many SELECTs as the style's plan says. */
    static void check(String expected, AuthorsWithBooks fetch, SentSql sent) throws SQLException {
        sent.reset();
        List<AuthorRow> authors = fetch.read();
        sent.require(authors.size() == AUTHORS && authors.stream().allMatch(a -> a.titles().size() == Schema.BOOKS_PER_AUTHOR),
                expected + " must read " + AUTHORS + " authors with " + Schema.BOOKS_PER_AUTHOR + " books each");
        int selects = expectedSelects(expected);
        sent.require(sent.count("select") == selects && sent.total() == selects,
                expected + " must send " + selects + " SELECT" + (selects == 1 ? "" : "s") + " and nothing else");
    }
}
