package dev.dbpatterns.requestscope.domain;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The shop as one HTTP request sees it: one instance per request, on one session (a MyBatis {@code SqlSession}, a
 * Hibernate {@code Session}) opened at its first use and closed by {@link #close()} when the request ends. The use
 * cases draw the transaction boundaries with {@link #inTransaction}.
 */
public interface Bookshop extends AutoCloseable {

    Optional<Book> book(long id);

    /** Books whose title contains the text (any case), by title, at most {@code limit}. */
    List<Book> search(String titlePart, int limit);

    /** @return the new order's id */
    long newOrder(String customer);

    /** A line of the order; a book that does not exist is refused by the database's foreign key. */
    void addLine(OrderLine line);

    /** @return false when fewer than {@code quantity} copies are left (nothing taken then) */
    boolean takeFromStock(long bookId, int quantity);

    /**
     * The work as one transaction: committed when it returns, rolled back when it throws.
     *
     * @throws ShopBusyException when no connection came free in time
     */
    <T> T inTransaction(Supplier<T> work);

    /** Ends the request's session (rolling back what was not committed) and gives its connection back. */
    @Override
    void close();
}
