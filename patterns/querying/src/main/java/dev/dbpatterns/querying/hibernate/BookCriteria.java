package dev.dbpatterns.querying.hibernate;

import dev.dbpatterns.querying.domain.Book;
import dev.dbpatterns.querying.domain.BookFilter;
import dev.dbpatterns.querying.domain.LikePattern;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.query.criteria.HibernateCriteriaBuilder;

/** A BookFilter as Criteria predicates, which where() ANDs: only the parts given become conditions. */
final class BookCriteria {
    private BookCriteria() {
    }

    // tag::filter[]
    static Predicate[] matching(HibernateCriteriaBuilder cb, Root<Book> book, BookFilter filter) {
        List<Predicate> conditions = new ArrayList<>();
        if (!filter.titleWords().isEmpty()) {
            conditions.add(cb.or(filter.titlePatterns().stream()
                    .map(pattern -> cb.like(book.get("title"), pattern, LikePattern.ESCAPE))
                    .toArray(Predicate[]::new)));
        }
        if (!filter.authorIds().isEmpty()) {
            conditions.add(book.get("authorId").in(filter.authorIds()));
        }
        if (filter.publishedFrom() != null) {
            conditions.add(cb.ge(book.get("publishedYear"), filter.publishedFrom()));
        }
        if (filter.publishedTo() != null) {
            conditions.add(cb.le(book.get("publishedYear"), filter.publishedTo()));
        }
        return conditions.toArray(Predicate[]::new); // none given: no WHERE at all (cb.and() would write 1=1)
    }
    // end::filter[]
}
