package dev.dbpatterns.exercises.unitofwork.domain;

import dev.dbpatterns.unitofwork.domain.UnitOfWork;
import java.util.List;
import java.util.Optional;

/**
 * One rearrangement of the shop floor, as one business transaction: the unit-of-work pattern's
 * {@link UnitOfWork} (register new, dirty or removed shelves and placements, commit once), with
 * this exercise's loaders. Load what it needs through the unit, change the objects, register what
 * is new, changed or removed, and commit once.
 *
 * <ul>
 *   <li>Identity map: within one unit, a row is one object, however many times and by whatever
 *       query it is loaded.</li>
 *   <li>Write-behind: nothing is written before {@link #commit}, not even ahead of a query.</li>
 *   <li>The commit writes everything in one transaction, in an order the foreign keys accept
 *       (whatever the order of registration), or nothing at all.</li>
 *   <li>A new shelf or placement that is registered removed is simply not inserted.</li>
 *   <li>A unit serves one business transaction: after commit or close it refuses to be used, and
 *       it refuses to register an object that another unit loaded.</li>
 * </ul>
 */
public interface Rearrangement extends UnitOfWork {

    Optional<Shelf> shelf(String code);

    Optional<Placement> placement(String isbn);

    /** The titles on a shelf, by slot, as the database has them; a row already loaded comes back as that object. */
    List<Placement> placementsOn(String shelfCode);

    /**
     * {@inheritDoc}
     *
     * @throws CommitFailedException when the database refused a change; then nothing was written
     */
    @Override
    void commit();
}
