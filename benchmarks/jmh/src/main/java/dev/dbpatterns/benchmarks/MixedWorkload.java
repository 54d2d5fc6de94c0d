package dev.dbpatterns.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.random.RandomGenerator;
import javax.sql.DataSource;

/**
 * Benchmark 3b's unit of work, the same at every pool size: a short transaction that reads four
 * authors by primary key and counts a visit on one of them.
 */
final class MixedWorkload {
    static final int READS = 4;

    private MixedWorkload() {
    }

    static long run(DataSource dataSource, RandomGenerator random) throws SQLException {
        long read = 0;
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("select visits from author where id = ?");
             PreparedStatement visit = connection.prepareStatement("update author set visits = visits + 1 where id = ?")) {
            connection.setAutoCommit(false);
            for (int i = 0; i < READS; i++) {
                select.setLong(1, 1 + random.nextInt(Schema.AUTHORS));
                try (ResultSet rows = select.executeQuery()) {
                    rows.next();
                    read += rows.getLong(1);
                }
            }
            visit.setLong(1, 1 + random.nextInt(Schema.AUTHORS));
            visit.executeUpdate();
            connection.commit();
        }
        return read;
    }

    /** The check before measuring: one unit sends four SELECTs and one UPDATE, nothing else. */
    interface Unit {
        void run() throws SQLException;
    }

    static void check(Unit unit, SentSql sent) throws SQLException {
        sent.reset();
        unit.run();
        sent.require(sent.count("select") == READS && sent.count("update") == 1 && sent.total() == READS + 1,
                "the mixed workload must send " + READS + " SELECTs and one UPDATE");
    }
}
