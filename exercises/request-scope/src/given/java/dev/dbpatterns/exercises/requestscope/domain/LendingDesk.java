package dev.dbpatterns.exercises.requestscope.domain;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The lending desk as one HTTP request sees it: one instance per request, on one session (a MyBatis
 * {@code SqlSession}, a Hibernate {@code Session}) that is opened at the desk's first call, never before, and ended
 * by {@link #close()} when the request ends. The use cases draw the transactions with {@link #inTransaction}.
 */
public interface LendingDesk extends AutoCloseable {

    Optional<Title> title(long id);

    /** The names of the titles lent to the reader, by name. */
    List<String> titlesLentTo(String reader);

    /** Records a loan; a title that does not exist is refused by the database's foreign key. */
    void lend(long titleId, String reader);

    /** @return false when no copy was left (nothing taken then) */
    boolean takeCopy(long titleId);

    /**
     * The work as one transaction of this request's session: committed when it returns, rolled back when it throws
     * (the same exception is rethrown). The request may go on with another transaction on the same session.
     */
    <T> T inTransaction(Supplier<T> work);

    /** Ends the request's session, if it was ever opened, and so gives its connection back. */
    @Override
    void close();
}
