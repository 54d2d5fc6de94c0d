package dev.dbpatterns.migrations.hibernate;

import dev.dbpatterns.migrations.domain.Book;
import dev.dbpatterns.migrations.domain.Catalogue;
import java.util.List;
import java.util.Optional;
import org.hibernate.SessionFactory;

/** The catalogue in Hibernate: a session, and a transaction where it writes, per call. */
public final class HibernateCatalogue implements Catalogue {
    private final SessionFactory sessions;

    public HibernateCatalogue(SessionFactory sessions) {
        this.sessions = sessions;
    }

    @Override
    public long add(Book book) {
        sessions.inTransaction(session -> session.persist(book));
        return book.id();
    }

    @Override
    public Optional<Book> byIsbn(String isbn) {
        return sessions.fromSession(session -> session
                .createSelectionQuery("from Book where isbn = :isbn", Book.class)
                .setParameter("isbn", isbn)
                .uniqueResultOptional());
    }

    @Override
    public List<Book> onShelf(String shelf) {
        return sessions.fromSession(session -> session
                .createSelectionQuery("from Book where shelf = :shelf order by title, id", Book.class)
                .setParameter("shelf", shelf)
                .getResultList());
    }
}
