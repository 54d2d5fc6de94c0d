package dev.dbpatterns.unitofwork.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The shop's business transaction: a {@link UnitOfWork} that loads customers, books and orders.
 * Load what it needs through the unit, change the objects, register what is new, changed or
 * removed, and commit once.
 *
 * <p>A unit hands out one object per row (an identity map) and serves one business transaction:
 * after {@link #commit} or {@link #close} it refuses to be used, and it refuses to register an
 * object that another unit loaded. An order registered new brings its lines along; an order
 * registered removed takes them along.
 */
public interface ShopUnitOfWork extends UnitOfWork {

    Optional<Customer> customer(long id);

    Optional<Book> book(long id);

    /** The books among these ids, by id, in one round trip; ids with no book are left out. */
    List<Book> books(Collection<Long> ids);

    /** An order with its lines. */
    Optional<Order> order(long id);

    /**
     * {@inheritDoc}
     *
     * @throws ConcurrentChangeException when a row was changed by someone else since it was loaded
     * @throws CommitFailedException when the database refused a change; nothing was written
     */
    @Override
    void commit();
}
