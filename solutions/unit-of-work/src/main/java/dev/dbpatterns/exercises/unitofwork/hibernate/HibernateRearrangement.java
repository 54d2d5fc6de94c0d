package dev.dbpatterns.exercises.unitofwork.hibernate;

import dev.dbpatterns.exercises.unitofwork.domain.CommitFailedException;
import dev.dbpatterns.exercises.unitofwork.domain.Placement;
import dev.dbpatterns.exercises.unitofwork.domain.Rearrangement;
import dev.dbpatterns.exercises.unitofwork.domain.Shelf;
import dev.dbpatterns.exercises.unitofwork.domain.UnitOfWorkMisuse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.Transaction;

/**
 * The port on a Hibernate Session, which is a unit of work already: the persistence context is
 * the identity map, dirty checking finds the changes, and the flush at commit writes INSERTs,
 * UPDATEs and DELETEs, in batches. What is left here is the port's rules, and the one order the
 * Session cannot know: a placement names its shelf by code, not by an association it could follow.
 */
public final class HibernateRearrangement implements Rearrangement {
    private static final List<Class<?>> PARENTS_FIRST = List.of(Shelf.class, Placement.class);
    private static final Comparator<Object> BY_TABLE =
            Comparator.comparingInt(row -> PARENTS_FIRST.indexOf(row.getClass()));

    private final Session session;
    private final Transaction transaction;
    private final List<Object> added = new ArrayList<>();
    private final List<Object> removed = new ArrayList<>();
    private boolean ended;

    public HibernateRearrangement(SessionFactory sessions) {
        this.session = sessions.openSession();
        // AUTO would flush changes ahead of a query that reads their table: the port writes nothing before commit.
        session.setHibernateFlushMode(FlushMode.COMMIT);
        this.transaction = session.beginTransaction();
    }

    @Override
    public Optional<Shelf> shelf(String code) {
        return find(Shelf.class, code);
    }

    @Override
    public Optional<Placement> placement(String isbn) {
        return find(Placement.class, isbn);
    }

    /** session.find asks the persistence context first: the Session is this unit's identity map. */
    private <T> Optional<T> find(Class<T> type, String key) {
        requireOpen();
        return Optional.ofNullable(session.find(type, key));
    }

    @Override
    public List<Placement> placementsOn(String shelfCode) {
        requireOpen();
        return session.createSelectionQuery("from Placement where shelfCode = :code order by slot", Placement.class)
                .setParameter("code", shelfCode).getResultList();
    }

    @Override
    public void registerNew(Object entity) {
        requireEntity(entity);
        if (!added.contains(entity)) {
            added.add(entity); // persisted at commit, shelves first
        }
    }

    @Override
    public void registerDirty(Object entity) {
        requireEntity(entity);
        if (!added.contains(entity) && !session.contains(entity)) {
            throw UnitOfWorkMisuse.notLoadedHere(entity);
        }
        // Nothing to record: at flush, the Session compares every object it loaded with the copy it kept.
    }

    @Override
    public void registerRemoved(Object entity) {
        requireEntity(entity);
        if (added.remove(entity)) {
            return; // never persisted, so nothing to delete
        }
        if (!session.contains(entity)) {
            throw UnitOfWorkMisuse.notLoadedHere(entity);
        }
        if (!removed.contains(entity)) {
            removed.add(entity); // removed at commit, placements first
        }
    }

    @Override
    public void commit() {
        requireOpen();
        ended = true;
        try {
            // The Session writes INSERTs in the order of persist() and DELETEs in the order of remove().
            added.stream().sorted(BY_TABLE).forEach(session::persist);
            removed.stream().sorted(BY_TABLE.reversed()).forEach(session::remove);
            transaction.commit(); // the flush: INSERTs, then the UPDATEs dirty checking found, then DELETEs
        } catch (RuntimeException e) {
            rollBackIfActive();
            throw new CommitFailedException(e);
        }
    }

    @Override
    public void close() {
        ended = true;
        rollBackIfActive(); // what was not committed
        session.close();
    }

    /** A commit that failed in its flush may have ended the transaction already; else it is still ours to end. */
    private void rollBackIfActive() {
        if (transaction.isActive()) {
            transaction.rollback();
        }
    }

    private void requireEntity(Object entity) {
        requireOpen();
        if (!(entity instanceof Shelf || entity instanceof Placement)) {
            throw UnitOfWorkMisuse.notAnEntity(entity);
        }
    }

    private void requireOpen() {
        if (ended) {
            throw UnitOfWorkMisuse.finished();
        }
    }
}
