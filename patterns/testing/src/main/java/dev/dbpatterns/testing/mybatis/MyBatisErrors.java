package dev.dbpatterns.testing.mybatis;

import java.sql.SQLException;

/** Tells a duplicate email from other failures, under whatever MyBatis wrapped the driver's words in. */
final class MyBatisErrors {
    private MyBatisErrors() {
    }

    /** 23505 on PostgreSQL and H2; MariaDB says 23000 for every integrity error, and 1062 for a duplicate. */
    static boolean isDuplicate(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return "23505".equals(sql.getSQLState()) || sql.getErrorCode() == 1062;
            }
        }
        return false;
    }
}
