package dev.dbpatterns.repository.hibernate;

import dev.dbpatterns.repository.domain.Author;
import dev.dbpatterns.repository.domain.Authors;
import java.util.List;
import org.hibernate.SessionFactory;

/** The Authors port in Hibernate. */
public final class HibernateAuthors implements Authors {
    private final SessionFactory sessions;

    public HibernateAuthors(SessionFactory sessions) {
        this.sessions = sessions;
    }

    @Override
    public Author save(Author author) {
        sessions.inTransaction(session -> session.persist(author));
        return author;
    }

    // tag::find-all-with-books[]
    @Override
    public List<Author> findAllWithBooks() {
        // join fetch loads each author's books in the same SELECT; Hibernate folds the
        // repeated author rows into one Author each.
        return sessions.fromSession(session ->
                session.createSelectionQuery("from Author a left join fetch a.books order by a.name, a.id", Author.class)
                        .getResultList());
    }
    // end::find-all-with-books[]
}
