package dev.dbpatterns.unitofwork.hibernate;

import dev.dbpatterns.unitofwork.domain.Book;
import dev.dbpatterns.unitofwork.domain.CommitFailedException;
import dev.dbpatterns.unitofwork.domain.ConcurrentChangeException;
import dev.dbpatterns.unitofwork.domain.Customer;
import dev.dbpatterns.unitofwork.domain.Order;
import dev.dbpatterns.unitofwork.domain.OrderLine;
import dev.dbpatterns.unitofwork.domain.ShopUnitOfWork;
import dev.dbpatterns.unitofwork.domain.UnitOfWorkMisuse;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.hibernate.Hibernate;
import org.hibernate.Session;
import org.hibernate.StaleObjectStateException;
import org.hibernate.StaleStateException;
import org.hibernate.Transaction;

/**
 * The port on a Hibernate Session, which is a unit of work already: its persistence context is
 * the identity map, dirty checking finds the changes, the action queue orders the writes, and
 * the flush sends them in batches. What is left here is the port's rules.
 */
public final class HibernateUnitOfWork implements ShopUnitOfWork {
    private static final List<Class<?>> CHILDREN_FIRST = List.of(OrderLine.class, Order.class, Book.class, Customer.class);

    private final Session session;
    private final Transaction transaction;
    private final List<Object> removals = new ArrayList<>();
    private boolean ended;

    HibernateUnitOfWork(Session session) {
        this.session = session;
        this.transaction = session.beginTransaction();
    }

    @Override
    public Optional<Customer> customer(long id) {
        requireOpen();
        return Optional.ofNullable(session.find(Customer.class, id));
    }

    @Override
    public Optional<Book> book(long id) {
        requireOpen();
        return Optional.ofNullable(session.find(Book.class, id));
    }

    @Override
    public List<Book> books(Collection<Long> ids) {
        requireOpen();
        return ids.isEmpty() ? List.of() : session.createSelectionQuery("from Book where id in :ids order by id", Book.class)
                .setParameter("ids", ids).getResultList();
    }

    @Override
    public Optional<Order> order(long id) {
        requireOpen();
        return Optional.ofNullable(session.find(Order.class, id));
    }

    // tag::register[]
    @Override
    public void registerNew(Object entity) {
        requireEntity(entity);
        if (session.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(entity) != null) {
            throw UnitOfWorkMisuse.notNew(entity);
        }
        session.persist(entity); // an order's lines come along: cascade = ALL
    }

    @Override
    public void registerDirty(Object entity) {
        requireManaged(entity);
        // Nothing to record: at flush Hibernate compares every object it manages with the copy
        // it kept when loading it, registered or not.
    }

    @Override
    public void registerRemoved(Object entity) {
        requireManaged(entity);
        if (!removals.contains(entity)) {
            removals.add(entity); // removed at commit: see there
        }
    }
    // end::register[]

    // tag::removal-order[]
    /**
     * Hibernate deletes an order's lines before the order (the cascade), but separate aggregates
     * in the order remove() was called: a customer removed before their order would break the
     * foreign key. The port promises foreign-key order, so removals wait for the commit and go
     * children's tables first.
     */
    private void removeChildrenFirst() {
        removals.stream()
                .sorted(Comparator.comparingInt(entity -> CHILDREN_FIRST.indexOf(Hibernate.getClass(entity))))
                .forEach(session::remove); // an order's lines go with it: cascade = ALL
    }
    // end::removal-order[]

    // tag::commit[]
    @Override
    public void commit() {
        requireOpen();
        ended = true;
        try {
            removeChildrenFirst();
            session.flush(); // the action queue: INSERTs parents first, then UPDATEs, then DELETEs
            transaction.commit();
        } catch (OptimisticLockException | StaleStateException e) {
            transaction.rollback();
            throw new ConcurrentChangeException(staleRow(e), e);
        } catch (PersistenceException e) {
            transaction.rollback();
            throw new CommitFailedException(HibernateErrors.databaseSaid(e), e);
        }
    }
    // end::commit[]

    @Override
    public void close() {
        ended = true;
        if (transaction.isActive()) {
            transaction.rollback();
        }
        session.close();
    }

    /** "Book 42", as Hibernate names the row whose version had moved on. */
    private static String staleRow(RuntimeException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof StaleObjectStateException stale) {
                String entity = stale.getEntityName();
                return entity.substring(entity.lastIndexOf('.') + 1) + " " + stale.getIdentifier();
            }
        }
        return "A row";
    }

    private void requireManaged(Object entity) {
        requireEntity(entity);
        if (!session.contains(entity)) {
            throw UnitOfWorkMisuse.notLoadedHere(entity);
        }
    }

    private void requireEntity(Object entity) {
        requireOpen();
        if (!(entity instanceof Customer || entity instanceof Book || entity instanceof Order || entity instanceof OrderLine)) {
            throw UnitOfWorkMisuse.notAnEntity(entity);
        }
    }

    private void requireOpen() {
        if (ended) {
            throw UnitOfWorkMisuse.finished();
        }
    }
}
