package dev.dbpatterns.exercises.unitofwork.mybatis;

import dev.dbpatterns.exercises.unitofwork.domain.CommitFailedException;
import dev.dbpatterns.exercises.unitofwork.domain.Placement;
import dev.dbpatterns.exercises.unitofwork.domain.Rearrangement;
import dev.dbpatterns.exercises.unitofwork.domain.Shelf;
import dev.dbpatterns.exercises.unitofwork.domain.UnitOfWorkMisuse;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.session.ExecutorType;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;

/**
 * A unit of work built by hand on MyBatis, which has none: an identity map for what it loads, the
 * changes it is told about, and a commit that writes them in foreign-key order, in JDBC batches,
 * in the one transaction of its session.
 */
public final class MyBatisRearrangement implements Rearrangement {
    private final SqlSession session;
    private final IdentityMap loaded = new IdentityMap();
    private final Changes changes = new Changes();
    private boolean ended;

    public MyBatisRearrangement(SqlSessionFactory sessions) {
        // BATCH: each write waits in a JDBC batch until the commit; consecutive calls of one
        // statement share a batch. No auto-commit: reads and writes share one transaction.
        this.session = sessions.openSession(ExecutorType.BATCH);
    }

    @Override
    public Optional<Shelf> shelf(String code) {
        requireOpen();
        // Known: no SELECT. Not found: nothing is kept, so a shelf inserted meanwhile is found next time.
        return loaded.get(Shelf.class, code).or(() -> kept(session.getMapper(ShelfMapper.class).findByCode(code)));
    }

    @Override
    public Optional<Placement> placement(String isbn) {
        requireOpen();
        return loaded.get(Placement.class, isbn).or(() -> kept(session.getMapper(PlacementMapper.class).findByIsbn(isbn)));
    }

    /** A row just read, known from now on; null when the SELECT found none. */
    private <T> Optional<T> kept(T found) {
        return Optional.ofNullable(found).map(loaded::add);
    }

    @Override
    public List<Placement> placementsOn(String shelfCode) {
        requireOpen();
        // The SELECT is sent either way; a row already known comes back as the known object,
        // with its changes, and the copy MyBatis just mapped is dropped.
        return session.getMapper(PlacementMapper.class).findOnShelf(shelfCode).stream().map(loaded::add).toList();
    }

    @Override
    public void registerNew(Object entity) {
        requireOpen();
        changes.addNew(entity);
    }

    @Override
    public void registerDirty(Object entity) {
        requireNewOrLoadedHere(entity);
        if (!changes.isNew(entity)) {
            changes.addDirty(entity); // a new one needs no UPDATE: its INSERT carries what it holds at commit
        }
    }

    @Override
    public void registerRemoved(Object entity) {
        requireNewOrLoadedHere(entity);
        changes.addRemoved(entity);
    }

    @Override
    public void commit() {
        requireOpen();
        ended = true;
        try {
            changes.inserts().forEach(row -> session.insert(statement(row, "insert"), row));
            changes.updates().forEach(row -> session.update(statement(row, "update"), row));
            changes.deletes().forEach(row -> session.delete(statement(row, "delete"), row));
            session.commit(); // sends the batches in the order they were filled, then COMMIT
        } catch (RuntimeException e) {
            session.rollback(true); // whatever a driver ran of a failed batch is undone too
            throw new CommitFailedException(e);
        }
    }

    @Override
    public void close() {
        ended = true;
        session.close(); // gives the connection back; without a commit, nothing was written
    }

    /** The id of a statement in the row's mapper XML, such as "...ShelfMapper.insert". */
    private static String statement(Object row, String name) {
        return (row instanceof Shelf ? ShelfMapper.class : PlacementMapper.class).getName() + "." + name;
    }

    /**
     * What a unit may change or remove: what it was told is new, or the very object it loaded. A copy
     * loaded elsewhere may hold old values, and writing them would undo someone else's change.
     */
    private void requireNewOrLoadedHere(Object entity) {
        requireOpen();
        if (!changes.isNew(entity) && !loaded.holds(entity)) {
            throw UnitOfWorkMisuse.notLoadedHere(entity);
        }
    }

    private void requireOpen() {
        if (ended) {
            throw UnitOfWorkMisuse.finished();
        }
    }
}
