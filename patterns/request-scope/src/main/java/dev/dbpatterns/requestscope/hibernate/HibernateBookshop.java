package dev.dbpatterns.requestscope.hibernate;

import dev.dbpatterns.requestscope.domain.Book;
import dev.dbpatterns.requestscope.domain.BookOrder;
import dev.dbpatterns.requestscope.domain.Bookshop;
import dev.dbpatterns.requestscope.domain.OrderLine;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.Transaction;

/**
 * The bookshop for one request in Hibernate: a {@code Session} opened at the first call, kept until {@link #close()}.
 * Its persistence context is the request's identity map. With {@code openInView} (Spring Boot's default
 * {@code spring.jpa.open-in-view=true}) the session outlives the use case's transaction, so whoever renders an entity
 * afterwards can still load its lazy associations; without it the session closes with the transaction, and such a
 * read throws {@code LazyInitializationException}.
 */
public final class HibernateBookshop implements Bookshop {
    private final SessionFactory sessions;
    private final boolean openInView;
    private Session session;

    public HibernateBookshop(SessionFactory sessions, boolean openInView) {
        this.sessions = sessions;
        this.openInView = openInView;
    }

    // tag::scope[]
    private Session session() {
        if (session == null) {
            session = sessions.openSession(); // no connection yet: the first statement borrows it
        }
        return session;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        Transaction transaction = null;
        try {
            transaction = session().beginTransaction(); // borrows the connection: the pool may time out here
            T result = work.get();
            transaction.commit();
            return result;
        } catch (RuntimeException e) {
            if (transaction != null && transaction.isActive()) {
                transaction.rollback();
            }
            throw HibernateErrors.translated(e);
        } finally {
            if (!openInView) {
                close(); // a session per use case: what it returned is detached from here on
            }
        }
    }

    @Override
    public void close() {
        if (session != null) {
            session.close(); // gives the connection back, if the session still holds one
            session = null;
        }
    }
    // end::scope[]

    @Override
    public Optional<Book> book(long id) {
        return Optional.ofNullable(session().find(Book.class, id));
    }

    @Override
    public List<Book> search(String titlePart, int limit) {
        return session().createSelectionQuery("from Book where lower(title) like :pattern order by title, id", Book.class)
                .setParameter("pattern", "%" + titlePart.toLowerCase(Locale.ROOT) + "%")
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long newOrder(String customer) {
        BookOrder order = new BookOrder(customer);
        session().persist(order); // an identity column: inserted now, for its id
        return order.id();
    }

    @Override
    public void addLine(OrderLine line) {
        session().persist(line);
    }

    @Override
    public boolean takeFromStock(long bookId, int quantity) {
        return session().createMutationQuery("update Book set stock = stock - :quantity where id = :id and stock >= :quantity")
                .setParameter("quantity", quantity)
                .setParameter("id", bookId)
                .executeUpdate() == 1;
    }
}
