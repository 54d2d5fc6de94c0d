package dev.dbpatterns.exercises.requestscope;

import dev.dbpatterns.exercises.requestscope.domain.LendingDesk;
import java.util.function.Supplier;

/** One style's desks on the server's pool, and its own count of the sessions those desks opened and closed. */
interface DeskStyle extends Supplier<LendingDesk>, AutoCloseable {

    long sessionsOpened();

    long sessionsClosed();

    @Override
    default void close() {
    }
}
