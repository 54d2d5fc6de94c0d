package dev.dbpatterns.exercises.unitofwork.mybatis;

import dev.dbpatterns.exercises.unitofwork.domain.Placement;
import dev.dbpatterns.exercises.unitofwork.domain.Rearrangement;
import dev.dbpatterns.exercises.unitofwork.domain.Shelf;
import java.util.List;
import java.util.Optional;
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

    public MyBatisRearrangement(SqlSessionFactory sessions) {
        // One session for the whole unit: not auto-committed, so its reads and writes share one transaction.
        // TODO(task 3): open it with ExecutorType.BATCH: each write then waits in a JDBC batch until the commit,
        //   and consecutive calls of one statement share a batch.
        this.session = sessions.openSession();
    }

    @Override
    public Optional<Shelf> shelf(String code) {
        // TODO(task 1): the shelf the identity map knows; else ShelfMapper.findByCode (null: no such shelf), added
        //   to the map. Asked twice: one SELECT, one object. session.getMapper(ShelfMapper.class) gives the mapper.
        throw new UnsupportedOperationException("TODO(task 1): load the shelf through the identity map");
    }

    @Override
    public Optional<Placement> placement(String isbn) {
        // TODO(task 1): the same, with PlacementMapper.findByIsbn.
        throw new UnsupportedOperationException("TODO(task 1): load the placement through the identity map");
    }

    @Override
    public List<Placement> placementsOn(String shelfCode) {
        // TODO(task 1): the SELECT is sent either way (PlacementMapper.findOnShelf); pass each row through the map,
        //   so a title already loaded comes back as that object, with its changes.
        throw new UnsupportedOperationException("TODO(task 1): query the shelf, and resolve each row against the map");
    }

    @Override
    public void registerNew(Object entity) {
        // TODO(task 2): remember it; nothing is sent before the commit.
        //   A unit serves one business transaction: after commit or close, every method of it throws
        //   UnitOfWorkMisuse.finished().
        throw new UnsupportedOperationException("TODO(task 2): register a new object");
    }

    @Override
    public void registerDirty(Object entity) {
        // TODO(task 2): a new object needs no UPDATE: its INSERT carries what it holds at commit. Any other must be
        //   the very object this unit loaded (IdentityMap.holds), else UnitOfWorkMisuse.notLoadedHere: a copy from
        //   another unit may hold old values, and writing them would undo someone else's change.
        throw new UnsupportedOperationException("TODO(task 2): register a changed object");
    }

    @Override
    public void registerRemoved(Object entity) {
        // TODO(task 2): like registerDirty: a new object, or one this unit loaded.
        throw new UnsupportedOperationException("TODO(task 2): register a removed object");
    }

    @Override
    public void commit() {
        // TODO(task 2): the INSERTs, UPDATEs and DELETEs, then session.commit(); the unit has ended then.
        //   session.insert/update/delete take a statement's id, "<mapper interface's name>.<method>", and the object:
        //   ShelfMapper.class.getName() + ".insert" for a new shelf.
        // TODO(task 3): when anything fails, session.rollback(true), then throw new CommitFailedException(e): nothing
        //   of the unit may remain, even the rows of a batch the driver did run.
        throw new UnsupportedOperationException("TODO(task 2): write what was registered, and commit");
    }

    @Override
    public void close() {
        // TODO(task 1): close the session: it gives the connection back, and rolls back what was not committed.
        throw new UnsupportedOperationException("TODO(task 1): close the unit's session");
    }
}
