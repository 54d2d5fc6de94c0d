package dev.dbpatterns.repository.hibernate;

import dev.dbpatterns.repository.domain.Book;
import dev.dbpatterns.repository.domain.BookSearch;
import dev.dbpatterns.repository.domain.BookSort;
import dev.dbpatterns.repository.domain.Books;
import dev.dbpatterns.repository.domain.DuplicateIsbnException;
import dev.dbpatterns.repository.domain.Page;
import dev.dbpatterns.repository.domain.PageRequest;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import java.util.List;
import java.util.Optional;
import org.hibernate.SessionFactory;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.ConstraintViolationException.ConstraintKind;

/**
 * The Books port in Hibernate: every call is a session of its own, so the books it returns are
 * detached; {@link #save} merges their changes back. Within one session Hibernate would track
 * changes by itself, which the persistence-context lesson shows.
 */
public final class HibernateBooks implements Books {
    private final SessionFactory sessions;

    public HibernateBooks(SessionFactory sessions) {
        this.sessions = sessions;
    }

    // tag::save[]
    @Override
    public Book save(Book book) {
        try {
            return sessions.fromTransaction(session -> {
                if (book.id() == null) {
                    session.persist(book); // an identity id means the INSERT runs now
                    return book;
                }
                return session.merge(book); // loads the row, copies the changes, UPDATEs at commit
            });
        } catch (ConstraintViolationException e) {
            if (e.getKind() == ConstraintKind.UNIQUE) {
                throw new DuplicateIsbnException(book.isbn(), e);
            }
            throw e;
        }
    }
    // end::save[]

    // tag::find-by-id[]
    @Override
    public Optional<Book> findById(long id) {
        return Optional.ofNullable(sessions.fromSession(session -> session.find(Book.class, id)));
    }
    // end::find-by-id[]

    // tag::find-by-isbn[]
    @Override
    public Optional<Book> findByIsbn(String isbn) {
        return Optional.ofNullable(sessions.fromSession(session ->
                session.createSelectionQuery("from Book where isbn = :isbn", Book.class)
                        .setParameter("isbn", isbn)
                        .getSingleResultOrNull()));
    }
    // end::find-by-isbn[]

    @Override
    public List<Book> findByTitle(String title) {
        return sessions.fromSession(session ->
                session.createSelectionQuery("from Book where title = :title order by id", Book.class)
                        .setParameter("title", title)
                        .getResultList());
    }

    // tag::search[]
    @Override
    public Page<Book> search(BookSearch search, BookSort sort, PageRequest page) {
        return sessions.fromSession(session -> {
            CriteriaBuilder cb = session.getCriteriaBuilder();
            CriteriaQuery<Book> query = cb.createQuery(Book.class);
            Root<Book> book = query.from(Book.class);
            query.where(BookCriteria.matching(cb, query, book, search))
                    .orderBy(BookCriteria.order(cb, book, sort), cb.asc(book.get("id")));
            List<Book> items = session.createQuery(query)
                    .setFirstResult(page.offset())
                    .setMaxResults(page.size())
                    .getResultList();
            return new Page<>(items, count(search), page);
        });
    }
    // end::search[]

    @Override
    public long count(BookSearch search) {
        return sessions.fromSession(session -> {
            CriteriaBuilder cb = session.getCriteriaBuilder();
            CriteriaQuery<Long> query = cb.createQuery(Long.class);
            Root<Book> book = query.from(Book.class);
            query.select(cb.count(book)).where(BookCriteria.matching(cb, query, book, search));
            return session.createQuery(query).getSingleResult();
        });
    }

    // tag::delete[]
    @Override
    public boolean delete(long id) {
        return sessions.fromTransaction(session ->
                session.createMutationQuery("delete from Book where id = :id")
                        .setParameter("id", id)
                        .executeUpdate() > 0);
    }
    // end::delete[]
}
