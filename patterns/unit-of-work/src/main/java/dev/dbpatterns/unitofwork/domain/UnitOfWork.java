package dev.dbpatterns.unitofwork.domain;

/**
 * Fowler's Unit of Work, whatever the domain: one business transaction registers what is new,
 * changed or removed, and commits once. The commit writes everything in one database transaction,
 * in an order the foreign keys accept, or nothing at all; before it, no one else sees any of it.
 *
 * <p>What a unit loads is the domain's to say: a port extends this one with its loaders
 * ({@link ShopUnitOfWork} here; the unit-of-work exercise's {@code Rearrangement} too).
 */
public interface UnitOfWork extends AutoCloseable {

    /** A new object, to be inserted at commit. */
    void registerNew(Object entity);

    /** An object this unit loaded and that has changed, to be updated at commit. */
    void registerDirty(Object entity);

    /** An object this unit loaded, to be deleted at commit. */
    void registerRemoved(Object entity);

    /**
     * Writes every registered change in one transaction and ends the unit. When the database
     * refuses a change, the unit rolls back and throws: nothing of it was written.
     */
    void commit();

    /** Ends the unit and gives its connection back; without a commit, nothing it registered is written. */
    @Override
    void close();
}
