package dev.dbpatterns.repository.hibernate;

import dev.dbpatterns.repository.domain.Author;
import dev.dbpatterns.repository.domain.Book;
import dev.dbpatterns.repository.domain.BookSearch;
import dev.dbpatterns.repository.domain.BookSort;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.List;

/** A book search as Criteria API predicates: shared by the page query and its count. */
final class BookCriteria {
    private BookCriteria() {
    }

    // tag::criteria[]
    static Predicate[] matching(CriteriaBuilder cb, AbstractQuery<?> query, Root<Book> book, BookSearch search) {
        List<Predicate> all = new ArrayList<>();
        if (search.hasText()) {
            String pattern = search.textAsLikePattern();
            Subquery<Long> authorIds = query.subquery(Long.class);
            Root<Author> author = authorIds.from(Author.class);
            authorIds.select(author.get("id"))
                    .where(cb.like(cb.lower(author.get("name")), pattern, BookSearch.LIKE_ESCAPE));
            all.add(cb.or(
                    cb.like(cb.lower(book.get("title")), pattern, BookSearch.LIKE_ESCAPE),
                    book.get("authorId").in(authorIds)));
        }
        if (search.hasGenres()) {
            all.add(book.get("genre").in(search.genres()));
        }
        if (search.maxPrice() != null) {
            all.add(cb.lessThanOrEqualTo(book.get("price"), search.maxPrice()));
        }
        return all.toArray(Predicate[]::new); // where(...) joins them with AND
    }

    /** The sort field becomes an attribute name chosen here, never text from the caller. */
    static Order order(CriteriaBuilder cb, Root<Book> book, BookSort sort) {
        String attribute = switch (sort.field()) {
            case TITLE -> "title";
            case PRICE -> "price";
            case PUBLISHED_YEAR -> "publishedYear";
        };
        return sort.isDescending() ? cb.desc(book.get(attribute)) : cb.asc(book.get(attribute));
    }
    // end::criteria[]
}
