package dev.dbpatterns.exercises.requestscope.hibernate;

import dev.dbpatterns.exercises.requestscope.domain.LendingDesk;
import dev.dbpatterns.exercises.requestscope.domain.Loan;
import dev.dbpatterns.exercises.requestscope.domain.Title;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.Transaction;

/**
 * The desk for one request in Hibernate: a {@code Session} opened by the first call and kept for the whole request,
 * so every use case of the request shares its persistence context; each use case begins and ends its own transaction
 * on it. The session is closed with the request, never at the end of a transaction.
 */
public final class HibernateDesk implements LendingDesk {
    private final SessionFactory sessions;
    private Session session;

    public HibernateDesk(SessionFactory sessions) {
        this.sessions = sessions;
    }

    private Session session() {
        if (session == null) {
            session = sessions.openSession();
        }
        return session;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        Transaction transaction = session().beginTransaction();
        try {
            T result = work.get();
            transaction.commit();
            return result;
        } catch (RuntimeException e) {
            transaction.rollback(); // else the next use case of the request finds this transaction still open
            throw e;
        }
    }

    @Override
    public void close() {
        if (session != null) {
            session.close();
        }
    }

    @Override
    public Optional<Title> title(long id) {
        return Optional.ofNullable(session().find(Title.class, id));
    }

    @Override
    public List<String> titlesLentTo(String reader) {
        return session().createSelectionQuery("select t.name from Loan l join Title t on t.id = l.titleId"
                        + " where l.reader = :reader order by t.name", String.class)
                .setParameter("reader", reader)
                .getResultList();
    }

    @Override
    public void lend(long titleId, String reader) {
        session().persist(new Loan(titleId, reader)); // an identity column: inserted now, so the foreign key speaks now
    }

    @Override
    public boolean takeCopy(long titleId) {
        return session().createMutationQuery("update Title set copies = copies - 1 where id = :id and copies > 0")
                .setParameter("id", titleId)
                .executeUpdate() == 1;
    }
}
