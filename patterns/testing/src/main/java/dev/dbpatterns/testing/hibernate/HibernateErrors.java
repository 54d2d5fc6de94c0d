package dev.dbpatterns.testing.hibernate;

import java.util.Locale;
import org.hibernate.JDBCException;

/** Tells a duplicate email from other failures in what Hibernate threw. */
final class HibernateErrors {
    private HibernateErrors() {
    }

    /**
     * Hibernate keeps the driver's SQLState and code, 23505 (PostgreSQL, H2) or 1062 (MariaDB), and
     * its message, which names the constraint: a clash of primary keys is not a duplicate email.
     */
    static boolean isDuplicateEmail(RuntimeException thrown) {
        return thrown instanceof JDBCException jdbc
                && ("23505".equals(jdbc.getSQLState()) || jdbc.getErrorCode() == 1062)
                && String.valueOf(jdbc.getSQLException().getMessage()).toLowerCase(Locale.ROOT).contains("club_member_email_unique");
    }
}
