package dev.dbpatterns.exercises.unitofwork.hibernate;

import dev.dbpatterns.exercises.unitofwork.domain.Placement;
import dev.dbpatterns.exercises.unitofwork.domain.Rearrangement;
import dev.dbpatterns.exercises.unitofwork.domain.Shelf;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;
import org.hibernate.SessionFactory;

/**
 * The port on a Hibernate Session, which is a unit of work already: the persistence context is
 * the identity map, dirty checking finds the changes, and the flush at commit writes INSERTs,
 * UPDATEs and DELETEs, in batches. What is left here is the port's rules, and the one order the
 * Session cannot know: a placement names its shelf by code, not by an association it could follow.
 */
public final class HibernateRearrangement implements Rearrangement {
    private final Session session;

    public HibernateRearrangement(SessionFactory sessions) {
        this.session = sessions.openSession();
        // TODO(task 4): begin the unit's one transaction here. And set the session's FlushMode to COMMIT: with the
        //   default, AUTO, Hibernate writes pending changes ahead of any query that reads their table, and the
        //   port promises nothing is written before the commit.
    }

    @Override
    public Optional<Shelf> shelf(String code) {
        // TODO(task 4): session.find is the identity map: it asks the persistence context first. null: no such shelf.
        throw new UnsupportedOperationException("TODO(task 4): find the shelf");
    }

    @Override
    public Optional<Placement> placement(String isbn) {
        throw new UnsupportedOperationException("TODO(task 4): find the placement");
    }

    @Override
    public List<Placement> placementsOn(String shelfCode) {
        // TODO(task 4): a selection query, "from Placement where shelfCode = :code order by slot"; the Session resolves
        //   each row against what it already holds.
        throw new UnsupportedOperationException("TODO(task 4): query the placements on the shelf");
    }

    @Override
    public void registerNew(Object entity) {
        // TODO(task 4): the Session writes INSERTs in the order persist() was called, and knows of no foreign key
        //   from placement to shelf (the mapping has none). Keep the new objects, and persist them at commit,
        //   shelves first. The port's rules hold here too: refuse what is no shelf nor placement
        //   (UnitOfWorkMisuse.notAnEntity), and, in every method, anything after commit or close (finished).
        throw new UnsupportedOperationException("TODO(task 4): register a new object");
    }

    @Override
    public void registerDirty(Object entity) {
        // TODO(task 4): nothing to record: at flush, the Session compares every object it manages with the copy it
        //   kept at load. Only check the port's rule: an object registered new, or one session.contains(entity), else
        //   UnitOfWorkMisuse.notLoadedHere. A new one needs nothing more: persist at commit inserts it as it is then.
        throw new UnsupportedOperationException("TODO(task 4): register a changed object");
    }

    @Override
    public void registerRemoved(Object entity) {
        // TODO(task 4): DELETEs go in the order remove() was called: keep them, and remove them at commit,
        //   placements first.
        throw new UnsupportedOperationException("TODO(task 4): register a removed object");
    }

    @Override
    public void commit() {
        // TODO(task 4): persist and remove what was registered, in foreign-key order, then commit the transaction:
        //   its flush sends the INSERTs, the UPDATEs dirty checking finds, then the DELETEs. On failure, roll back
        //   (if the transaction is still active) and throw new CommitFailedException(e). The unit has ended then.
        throw new UnsupportedOperationException("TODO(task 4): flush and commit, or roll back");
    }

    @Override
    public void close() {
        // TODO(task 4): roll back what was not committed, and close the session.
        throw new UnsupportedOperationException("TODO(task 4): close the session");
    }
}
