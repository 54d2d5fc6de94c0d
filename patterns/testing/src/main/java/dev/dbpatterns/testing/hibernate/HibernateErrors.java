package dev.dbpatterns.testing.hibernate;

import org.hibernate.JDBCException;

/** Tells a duplicate email from other failures in what Hibernate threw. */
final class HibernateErrors {
    private HibernateErrors() {
    }

    /** Hibernate keeps the driver's SQLState and code: 23505 (PostgreSQL, H2), 1062 (MariaDB). */
    static boolean isDuplicate(RuntimeException thrown) {
        return thrown instanceof JDBCException jdbc
                && ("23505".equals(jdbc.getSQLState()) || jdbc.getErrorCode() == 1062);
    }
}
