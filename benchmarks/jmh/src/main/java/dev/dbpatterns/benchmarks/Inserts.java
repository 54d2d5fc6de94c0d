package dev.dbpatterns.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.apache.ibatis.session.ExecutorType;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.hibernate.Session;
import org.hibernate.SessionFactory;

/**
 * Benchmark 2, batch insert: 10,000 items in one transaction, in each style. Raw JDBC and MyBatis
 * let the database number the rows (identity_item); Hibernate inserts with sequence ids
 * (sequenced_item, batched) and with identity ids (identity_item, which it cannot batch).
 */
final class Inserts {
    static final int ROWS = 10_000;
    static final String[] STYLES = {"rowByRow", "jdbcBatch", "myBatisBatch", "hibernateSequence", "hibernateIdentity"};

    interface ItemInsert extends AutoCloseable {
        void insert(int rows) throws SQLException;

        @Override
        default void close() {
        }
    }

    private Inserts() {
    }

    static String table(String style) {
        return style.equals("hibernateSequence") ? "sequenced_item" : "identity_item";
    }

    static ItemInsert open(String style, DataSource dataSource) {
        return switch (style) {
            case "rowByRow" -> rows -> jdbc(dataSource, rows, false);
            case "jdbcBatch" -> rows -> jdbc(dataSource, rows, true);
            case "myBatisBatch" -> myBatisBatch(MyBatisSetup.sessionFactory(dataSource));
            case "hibernateSequence" -> hibernate(dataSource, i -> new SequencedItem("item " + i, i));
            case "hibernateIdentity" -> hibernate(dataSource, i -> new IdentityItem("item " + i, i));
            default -> throw new IllegalArgumentException("no insert style " + style);
        };
    }

    private static void jdbc(DataSource dataSource, int rows, boolean batched) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("insert into identity_item (name, quantity) values (?, ?)")) {
            connection.setAutoCommit(false);
            for (int i = 1; i <= rows; i++) {
                insert.setString(1, "item " + i);
                insert.setInt(2, i);
                if (!batched) {
                    insert.executeUpdate();
                } else {
                    insert.addBatch();
                    if (i % PoolSettings.BATCH_SIZE == 0 || i == rows) {
                        insert.executeBatch();
                    }
                }
            }
            connection.commit();
        }
    }

    private static ItemInsert myBatisBatch(SqlSessionFactory myBatis) {
        return rows -> {
            try (SqlSession session = myBatis.openSession(ExecutorType.BATCH)) {
                BenchMapper mapper = session.getMapper(BenchMapper.class);
                for (int i = 1; i <= rows; i++) {
                    mapper.insertItem("item " + i, i);
                    if (i % PoolSettings.BATCH_SIZE == 0) {
                        session.flushStatements();
                    }
                }
                session.commit();
            }
        };
    }

    private interface NewItem {
        Object create(int i);
    }

    /** Flush and clear every batch, so the session holds one batch of entities, not ten thousand. */
    private static ItemInsert hibernate(DataSource dataSource, NewItem newItem) {
        SessionFactory sessions = HibernateSetup.sessionFactory(dataSource);
        return new ItemInsert() {
            @Override
            public void insert(int rows) {
                try (Session session = sessions.openSession()) {
                    session.getTransaction().begin();
                    for (int i = 1; i <= rows; i++) {
                        session.persist(newItem.create(i));
                        if (i % PoolSettings.BATCH_SIZE == 0) {
                            session.flush();
                            session.clear();
                        }
                    }
                    session.getTransaction().commit();
                }
            }

            @Override
            public void close() {
                sessions.close();
            }
        };
    }

    /**
     * The check before measuring: the style's operation adds {@code ROWS} rows, and sends them as
     * the style promises (one INSERT each, or batches of {@link PoolSettings#BATCH_SIZE}).
     *
     * @param expected the style whose promise is checked; a test passes another style's operation
     *     to prove the check fails on a wrong one
     */
    static void check(String expected, ItemInsert insert, BenchDatabase database, SentSql sent) throws SQLException {
        check(expected, insert, database, sent, ROWS);
    }

    /**
     * The same check for another number of rows, a multiple of the batch size: the module's tests use
     * fewer rows than the benchmark, so that they prove the check in seconds on every database.
     */
    static void check(String expected, ItemInsert insert, BenchDatabase database, SentSql sent, int rows) throws SQLException {
        String table = table(expected);
        long before = Schema.count(database, table);
        sent.reset();
        insert.insert(rows);
        long added = Schema.count(database, table) - before;
        sent.require(added == rows, expected + " must add " + rows + " rows to " + table + ", it added " + added);
        sent.require(sent.count("insert") == rows, expected + " must send " + rows + " INSERTs");
        boolean batched = switch (expected) {
            case "jdbcBatch", "myBatisBatch", "hibernateSequence" -> true;
            default -> false;
        };
        long batches = batched ? rows / PoolSettings.BATCH_SIZE : 0;
        sent.require(sent.batches() == batches, expected + " must send its INSERTs in " + batches + " JDBC batches");
        // Hibernate asks the sequence once per allocation (plus once at start); nothing else is sent.
        int others = sent.total() - sent.count("insert");
        int allowed = expected.equals("hibernateSequence") ? rows / PoolSettings.BATCH_SIZE + 1 : 0;
        sent.require(others <= allowed, expected + " must send at most " + allowed + " statements besides its INSERTs");
    }
}
