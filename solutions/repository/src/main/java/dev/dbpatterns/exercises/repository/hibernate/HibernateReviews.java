package dev.dbpatterns.exercises.repository.hibernate;

import dev.dbpatterns.exercises.repository.domain.DuplicateReviewException;
import dev.dbpatterns.exercises.repository.domain.Review;
import dev.dbpatterns.exercises.repository.domain.ReviewSearch;
import dev.dbpatterns.exercises.repository.domain.ReviewedBook;
import dev.dbpatterns.exercises.repository.domain.Reviews;
import dev.dbpatterns.repository.domain.Page;
import dev.dbpatterns.repository.domain.PageRequest;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.SessionFactory;
import org.hibernate.exception.ConstraintViolationException.ConstraintKind;
import org.hibernate.exception.ConstraintViolationException;

/** The Reviews port in Hibernate: a session per call, searches as Criteria queries. */
public final class HibernateReviews implements Reviews {
    private final SessionFactory sessions;

    public HibernateReviews(SessionFactory sessions) {
        this.sessions = sessions;
    }

    @Override
    public Review add(Review review) {
        try {
            sessions.inTransaction(session -> session.persist(review)); // identity id: INSERT now
            return review;
        } catch (ConstraintViolationException e) {
            if (e.getKind() == ConstraintKind.UNIQUE) {
                throw new DuplicateReviewException(review.bookId(), review.reader(), e);
            }
            throw e;
        }
    }

    @Override
    public Optional<Review> findById(long id) {
        return Optional.ofNullable(sessions.fromSession(session -> session.find(Review.class, id)));
    }

    @Override
    public Page<Review> search(ReviewSearch search, PageRequest page) {
        return sessions.fromSession(session -> {
            CriteriaBuilder cb = session.getCriteriaBuilder();
            CriteriaQuery<Review> query = cb.createQuery(Review.class);
            Root<Review> review = query.from(Review.class);
            query.where(matching(cb, query, review, search))
                    .orderBy(cb.desc(review.get("rating")), cb.asc(review.get("id")));
            List<Review> items = session.createQuery(query)
                    .setFirstResult(page.offset())
                    .setMaxResults(page.size())
                    .getResultList();

            CriteriaQuery<Long> count = cb.createQuery(Long.class);
            Root<Review> counted = count.from(Review.class);
            count.select(cb.count(counted)).where(matching(cb, count, counted, search));
            return new Page<>(items, session.createQuery(count).getSingleResult(), page);
        });
    }

    /** The search's conditions, to be joined with AND by where(...). */
    private static Predicate[] matching(CriteriaBuilder cb, AbstractQuery<?> query, Root<Review> review,
                                        ReviewSearch search) {
        List<Predicate> all = new ArrayList<>();
        if (search.hasText()) {
            String pattern = search.textAsLikePattern();
            all.add(cb.or(cb.like(cb.lower(review.get("text")), pattern),
                    cb.like(cb.lower(review.get("reader")), pattern)));
        }
        if (search.hasBooks()) {
            all.add(review.get("bookId").in(search.bookIds()));
        }
        if (search.hasMinRating()) {
            all.add(cb.greaterThanOrEqualTo(review.get("rating"), search.minRating()));
        }
        return all.toArray(Predicate[]::new);
    }

    @Override
    public List<ReviewedBook> booksWithReviews() {
        // join fetch: the books and their reviews in one SELECT, folded into one object per book.
        return sessions.fromSession(session -> session.createSelectionQuery(
                "from ReviewedBook b left join fetch b.reviews order by b.title, b.id", ReviewedBook.class)
                .getResultList());
    }
}
