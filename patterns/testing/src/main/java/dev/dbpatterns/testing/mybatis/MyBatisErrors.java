package dev.dbpatterns.testing.mybatis;

import java.sql.SQLException;
import java.util.Locale;

/** Tells a duplicate email from other failures, under whatever MyBatis wrapped the driver's words in. */
final class MyBatisErrors {
    private MyBatisErrors() {
    }

    /**
     * A unique violation (23505 on PostgreSQL and H2; 1062 on MariaDB, whose 23000 covers every
     * integrity error) of the email's constraint, which each database names in its message: a
     * clash of primary keys (a seed that typed in ids) is not a duplicate email.
     */
    static boolean isDuplicateEmail(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return ("23505".equals(sql.getSQLState()) || sql.getErrorCode() == 1062)
                        && String.valueOf(sql.getMessage()).toLowerCase(Locale.ROOT).contains("club_member_email_unique");
            }
        }
        return false;
    }
}
