package dev.dbpatterns.docs.quickref;

import dev.dbpatterns.kit.lesson.DatabaseTarget;
import java.sql.Connection;

/** The isolation level each database gives a connection when nobody asked for another. */
final class Isolation {
    private Isolation() {
    }

    static int defaultOf(DatabaseTarget target) {
        return switch (target) {
            case H2, POSTGRES -> Connection.TRANSACTION_READ_COMMITTED;
            case MARIADB -> Connection.TRANSACTION_REPEATABLE_READ; // InnoDB's default
        };
    }
}
