package dev.dbpatterns.mapping.hibernate;

import dev.dbpatterns.mapping.domain.Author;
import dev.dbpatterns.mapping.domain.Book;
import dev.dbpatterns.mapping.domain.Bookshop;
import dev.dbpatterns.mapping.domain.Delivery;
import dev.dbpatterns.mapping.domain.Tag;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.hibernate.Session;
import org.hibernate.SessionFactory;

/** The bookshop on Hibernate: cascades and orphan removal write the books and their tagging. */
public final class HibernateBookshop implements Bookshop {
    private final SessionFactory sessions;

    public HibernateBookshop(SessionFactory sessions) {
        this.sessions = sessions;
    }

    // tag::add-author[]
    @Override
    public Author add(Author author) {
        // One persist: the cascade takes the books along, and each book's tags become book_tag rows.
        return inTransaction(session -> {
            session.persist(author);
            return author;
        });
    }
    // end::add-author[]

    // tag::find-author[]
    @Override
    public Optional<Author> findAuthor(long id) {
        return inTransaction(session -> {
            Optional<Author> author = session.createSelectionQuery(
                            "from Author a left join fetch a.books where a.id = :id", Author.class)
                    .setParameter("id", id)
                    .uniqueResultOptional();
            // The tags in a second query, into the same session: fetched in the first, each tag row
            // would repeat its book in the author's list (a List is a bag, and a bag keeps duplicates).
            author.ifPresent(found -> session.createSelectionQuery(
                            "from Book b left join fetch b.tags where b.author = :author", Book.class)
                    .setParameter("author", found)
                    .getResultList());
            return author;
        });
    }
    // end::find-author[]

    // tag::withdraw[]
    @Override
    public void withdraw(long authorId, String isbn) {
        inTransaction(session -> {
            Author author = session.find(Author.class, authorId);
            author.books().stream().filter(book -> book.isbn().equals(isbn)).findFirst()
                    .ifPresent(author::withdraw); // orphanRemoval deletes the book and its tagging at flush
            return null;
        });
    }
    // end::withdraw[]

    @Override
    public Tag add(Tag tag) {
        return inTransaction(session -> {
            session.persist(tag);
            return tag;
        });
    }

    @Override
    public void deleteTag(String name) {
        inTransaction(session -> {
            session.createSelectionQuery("from Tag where name = :name", Tag.class).setParameter("name", name)
                    .uniqueResultOptional().ifPresent(session::remove);
            return null;
        });
    }

    @Override
    public Delivery add(Delivery delivery) {
        return inTransaction(session -> {
            session.persist(delivery);
            return delivery;
        });
    }

    @Override
    public Optional<Delivery> findDelivery(UUID id) {
        return inTransaction(session -> Optional.ofNullable(session.find(Delivery.class, id)));
    }

    private <T> T inTransaction(Function<Session, T> work) {
        try {
            return sessions.fromTransaction(work);
        } catch (RuntimeException e) {
            throw HibernateErrors.translated(e);
        }
    }
}
