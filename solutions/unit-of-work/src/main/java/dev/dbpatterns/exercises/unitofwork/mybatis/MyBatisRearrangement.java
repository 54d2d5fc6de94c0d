package dev.dbpatterns.exercises.unitofwork.mybatis;

import dev.dbpatterns.exercises.unitofwork.domain.CommitFailedException;
import dev.dbpatterns.exercises.unitofwork.domain.Placement;
import dev.dbpatterns.exercises.unitofwork.domain.Rearrangement;
import dev.dbpatterns.exercises.unitofwork.domain.Shelf;
import dev.dbpatterns.exercises.unitofwork.domain.UnitOfWorkMisuse;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
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
        return load(Shelf.class, code, () -> session.getMapper(ShelfMapper.class).findByCode(code));
    }

    @Override
    public Optional<Placement> placement(String isbn) {
        return load(Placement.class, isbn, () -> session.getMapper(PlacementMapper.class).findByIsbn(isbn));
    }

    private <T> Optional<T> load(Class<T> type, String key, Supplier<T> select) {
        requireOpen();
        Optional<T> known = loaded.get(type, key);
        return known.isPresent() ? known : Optional.ofNullable(select.get()).map(loaded::add);
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
        requireOpen();
        if (changes.isNew(entity)) {
            return; // its INSERT will carry whatever it holds at commit
        }
        requireLoadedHere(entity);
        changes.addDirty(entity);
    }

    @Override
    public void registerRemoved(Object entity) {
        requireOpen();
        if (!changes.isNew(entity)) {
            requireLoadedHere(entity);
        }
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

    private void requireLoadedHere(Object entity) {
        if (!loaded.holds(entity)) {
            throw UnitOfWorkMisuse.notLoadedHere(entity);
        }
    }

    private void requireOpen() {
        if (ended) {
            throw UnitOfWorkMisuse.finished();
        }
    }
}
