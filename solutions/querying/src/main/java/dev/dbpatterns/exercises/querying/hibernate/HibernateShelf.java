package dev.dbpatterns.exercises.querying.hibernate;

import dev.dbpatterns.exercises.querying.domain.BookFilter;
import dev.dbpatterns.exercises.querying.domain.BookKey;
import dev.dbpatterns.exercises.querying.domain.LikePattern;
import dev.dbpatterns.exercises.querying.domain.Shelf;
import dev.dbpatterns.querying.domain.Author;
import dev.dbpatterns.querying.domain.Book;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.query.criteria.HibernateCriteriaBuilder;

/** The shelf in Hibernate. */
public final class HibernateShelf implements Shelf {
    private final SessionFactory sessions;

    public HibernateShelf(SessionFactory sessions) {
        this.sessions = sessions;
    }

    @Override
    public List<Book> search(BookFilter filter, BookKey after, int size) {
        return sessions.fromSession(session -> {
            HibernateCriteriaBuilder cb = session.getCriteriaBuilder();
            CriteriaQuery<Book> query = cb.createQuery(Book.class);
            Root<Book> book = query.from(Book.class);
            List<Predicate> conditions = new ArrayList<>();
            if (filter.titleWord() != null) {
                conditions.add(cb.like(book.get("title"), filter.titlePattern(), LikePattern.ESCAPE));
            }
            if (filter.authorId() != null) {
                conditions.add(cb.equal(book.get("authorId"), filter.authorId()));
            }
            if (filter.publishedFrom() != null) {
                conditions.add(cb.ge(book.get("publishedYear"), filter.publishedFrom()));
            }
            if (after != null) {
                conditions.add(cb.or(cb.gt(book.get("publishedYear"), after.publishedYear()),
                        cb.and(cb.equal(book.get("publishedYear"), after.publishedYear()),
                                cb.gt(book.get("id"), after.id()))));
            }
            query.where(conditions.toArray(Predicate[]::new))
                    .orderBy(cb.asc(book.get("publishedYear")), cb.asc(book.get("id")));
            return session.createSelectionQuery(query).setMaxResults(size).getResultList();
        });
    }

    @Override
    public List<Author> authorsWithBooks(List<Long> authorIds) {
        if (authorIds.isEmpty()) {
            return List.of();
        }
        return sessions.fromSession(session -> session.createSelectionQuery(
                "from Author a left join fetch a.books where a.id in :ids order by a.name, a.id", Author.class)
                .setParameter("ids", authorIds).getResultList());
    }
}
