package dev.dbpatterns.unitofwork.mybatis;

import dev.dbpatterns.unitofwork.domain.Book;
import dev.dbpatterns.unitofwork.domain.CommitFailedException;
import dev.dbpatterns.unitofwork.domain.Customer;
import dev.dbpatterns.unitofwork.domain.Order;
import dev.dbpatterns.unitofwork.domain.OrderLine;
import dev.dbpatterns.unitofwork.domain.ShopUnitOfWork;
import dev.dbpatterns.unitofwork.domain.UnitOfWorkMisuse;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.ibatis.session.SqlSession;

/**
 * A unit of work built by hand on MyBatis, which has none: an identity map for what it loads,
 * lists of what is new, dirty and removed, and a commit that writes them all in foreign-key
 * order, in JDBC batches, in the one transaction its session holds.
 */
public final class MyBatisUnitOfWork implements ShopUnitOfWork {
    private final SqlSession session;
    private final IdBlocks ids;
    private final int batchSize;
    private final IdentityMap loaded = new IdentityMap();
    private final Changes changes = new Changes();
    private boolean ended;

    MyBatisUnitOfWork(SqlSession session, IdBlocks ids, int batchSize) {
        this.session = session;
        this.ids = ids;
        this.batchSize = batchSize;
    }

    // tag::identity-map[]
    @Override
    public Optional<Customer> customer(long id) {
        return load(Customer.class, id, () -> session.getMapper(CustomerMapper.class).findById(id));
    }

    @Override
    public Optional<Book> book(long id) {
        return load(Book.class, id, () -> session.getMapper(BookMapper.class).findById(id));
    }

    private <T> Optional<T> load(Class<T> type, long id, Supplier<T> select) {
        requireOpen();
        Optional<T> known = loaded.get(type, id);
        return known.isPresent() ? known : Optional.ofNullable(select.get()).map(loaded::add);
    }

    @Override
    public List<Book> books(Collection<Long> bookIds) {
        requireOpen();
        if (bookIds.isEmpty()) {
            return List.of();
        }
        // The SELECT is sent either way; a row already known comes back as the known object,
        // changes and all, and the freshly mapped copy is dropped.
        return session.getMapper(BookMapper.class).findByIds(new TreeSet<>(bookIds)).stream()
                .map(loaded::add).toList();
    }
    // end::identity-map[]

    @Override
    public Optional<Order> order(long id) {
        Optional<Order> order = load(Order.class, id, () -> session.getMapper(OrderMapper.class).findById(id));
        order.ifPresent(found -> found.lines().forEach(loaded::add));
        return order;
    }

    // tag::register[]
    @Override
    public void registerNew(Object entity) {
        requireOpen();
        for (Object row : newAggregate(entity)) {
            if (RowType.idOf(row) != null) {
                throw UnitOfWorkMisuse.notNew(row);
            }
            changes.addNew(row);
        }
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
        for (Object row : withLines(entity)) {
            if (!changes.isNew(row)) {
                requireLoadedHere(row);
            }
            changes.addRemoved(row);
        }
    }
    // end::register[]

    /** An order is removed with its lines, as Hibernate's cascade does on the other side. */
    private static List<Object> withLines(Object entity) {
        List<Object> rows = new ArrayList<>(List.of(entity));
        if (entity instanceof Order order) {
            rows.addAll(order.lines());
        }
        return rows;
    }

    /** A new order comes with its lines; a line of a new order brings the order along. Registration order is kept. */
    private static List<Object> newAggregate(Object entity) {
        List<Object> rows = withLines(entity);
        if (entity instanceof OrderLine line && line.order().id() == null) {
            rows.addAll(withLines(line.order()));
        }
        return rows;
    }

    private void requireLoadedHere(Object row) {
        if (!loaded.holds(row)) {
            throw UnitOfWorkMisuse.notLoadedHere(row);
        }
    }

    // tag::commit[]
    @Override
    public void commit() {
        requireOpen();
        ended = true;
        try {
            List<Object> inserts = changes.inserts();
            inserts.forEach(row -> RowType.assignId(row, ids.next(session))); // before any write
            BatchWriter writer = new BatchWriter(session, batchSize);
            inserts.forEach(row -> writer.send(RowType.of(row).statement("insert"), row));
            changes.updates().forEach(row -> writer.send(RowType.of(row).statement("update"), row));
            changes.deletes().forEach(row -> writer.send(RowType.of(row).statement("delete"), row));
            writer.flush();
            session.commit();
        } catch (CommitFailedException e) {
            session.rollback(true);
            throw e;
        } catch (RuntimeException e) {
            session.rollback(true);
            throw new CommitFailedException(MyBatisErrors.databaseSaid(e), e);
        }
    }
    // end::commit[]

    @Override
    public void close() {
        ended = true;
        session.close(); // MyBatis rolls back a session that sent writes and did not commit
    }

    /**
     * A read of your own in this unit's transaction. It sees the database, not the changes
     * registered here: this unit never writes before its commit, not even ahead of a query.
     */
    public <M, T> T query(Class<M> mapper, Function<M, T> read) {
        requireOpen();
        return read.apply(session.getMapper(mapper));
    }

    private void requireOpen() {
        if (ended) {
            throw UnitOfWorkMisuse.finished();
        }
    }
}
