package dev.dbpatterns.transactions.domain;

/**
 * The SQL standard's isolation levels. What each one prevents differs by database: see
 * IsolationAnomaliesLesson and the table it writes for this build.
 */
public enum Isolation {
    READ_UNCOMMITTED, READ_COMMITTED, REPEATABLE_READ, SERIALIZABLE
}
