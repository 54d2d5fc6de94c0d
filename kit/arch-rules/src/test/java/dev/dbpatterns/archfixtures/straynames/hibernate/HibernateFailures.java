package dev.dbpatterns.archfixtures.straynames.hibernate;

/** Wrong on purpose: a driver-error translator under a synonym instead of HibernateErrors. */
final class HibernateFailures {
    private HibernateFailures() {
    }

    static boolean isUniqueViolation(String sqlState) {
        return "23505".equals(sqlState);
    }
}
