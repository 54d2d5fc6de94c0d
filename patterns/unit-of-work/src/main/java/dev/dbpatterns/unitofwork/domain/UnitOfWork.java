package dev.dbpatterns.unitofwork.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * One business transaction (Fowler's Unit of Work): load what it needs through the unit,
 * change the objects, register what is new, changed or removed, and commit once. The commit
 * writes everything in one database transaction, in an order the foreign keys accept, or
 * nothing at all; before it, no one else sees any of the changes.
 *
 * <p>A unit hands out one object per row (an identity map) and serves one business transaction:
 * after {@link #commit} or {@link #close} it refuses to be used, and it refuses to register an
 * object that another unit loaded.
 */
public interface UnitOfWork extends AutoCloseable {

    Optional<Customer> customer(long id);

    Optional<Book> book(long id);

    /** The books among these ids, by id, in one round trip; ids with no book are left out. */
    List<Book> books(Collection<Long> ids);

    /** An order with its lines. */
    Optional<Order> order(long id);

    /** A new object, to be inserted at commit. An order brings its lines along. */
    void registerNew(Object entity);

    /** An object this unit loaded and that has changed, to be updated at commit. */
    void registerDirty(Object entity);

    /** An object this unit loaded, to be deleted at commit. An order takes its lines along. */
    void registerRemoved(Object entity);

    /**
     * Writes every registered change in one transaction and ends the unit.
     *
     * @throws ConcurrentChangeException when a row was changed by someone else since it was loaded
     * @throws CommitFailedException when the database refused a change; nothing was written
     */
    void commit();

    /** Ends the unit; without a commit, nothing it registered is written. */
    @Override
    void close();
}
