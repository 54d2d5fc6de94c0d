package dev.dbpatterns.transactions.isolation;

import dev.dbpatterns.kit.lesson.DatabaseTarget;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

/**
 * An isolation level as a database offers it. Beyond the four of the SQL standard, H2 has SNAPSHOT,
 * and MariaDB's REPEATABLE READ changes with the {@code innodb_snapshot_isolation} switch (off by
 * default before 11.6.2, on after), so it appears twice with the switch set explicitly either way.
 */
enum Level {
    READ_UNCOMMITTED("READ UNCOMMITTED", "RU", Connection.TRANSACTION_READ_UNCOMMITTED, 0),
    READ_COMMITTED("READ COMMITTED", "RC", Connection.TRANSACTION_READ_COMMITTED, 1),
    REPEATABLE_READ("REPEATABLE READ", "RR", Connection.TRANSACTION_REPEATABLE_READ, 2),
    REPEATABLE_READ_SNAPSHOT_ISOLATION("REPEATABLE READ with innodb_snapshot_isolation", "RR+SI",
            Connection.TRANSACTION_REPEATABLE_READ, 3),
    /** H2's own level; its JDBC driver takes 6 for it (org.h2.engine.Constants.TRANSACTION_SNAPSHOT). */
    SNAPSHOT("SNAPSHOT", "SNAPSHOT", 6, 3),
    SERIALIZABLE("SERIALIZABLE", "SER", Connection.TRANSACTION_SERIALIZABLE, 4);

    private final String displayName;
    private final String abbreviation;
    private final int jdbcLevel;
    private final int strength;

    Level(String displayName, String abbreviation, int jdbcLevel, int strength) {
        this.displayName = displayName;
        this.abbreviation = abbreviation;
        this.jdbcLevel = jdbcLevel;
        this.strength = strength;
    }

    /** Every level the database accepts, weakest first. */
    static List<Level> of(LessonDatabase db) {
        List<Level> levels = new ArrayList<>(List.of(READ_UNCOMMITTED, READ_COMMITTED, REPEATABLE_READ));
        if (db.target() == DatabaseTarget.H2) {
            levels.add(SNAPSHOT);
        }
        if (db.target() == DatabaseTarget.MARIADB && SessionSetup.hasSnapshotIsolationSwitch(db)) {
            levels.add(REPEATABLE_READ_SNAPSHOT_ISOLATION);
        }
        levels.add(SERIALIZABLE);
        return levels;
    }

    int jdbcLevel() {
        return jdbcLevel;
    }

    String abbreviation() {
        return abbreviation;
    }

    /** Stronger than or as strong as REPEATABLE READ, say: H2's SNAPSHOT and MariaDB's RR+SI count as above it. */
    boolean atLeast(Level other) {
        return strength >= other.strength;
    }

    @Override
    public String toString() {
        return displayName;
    }
}
