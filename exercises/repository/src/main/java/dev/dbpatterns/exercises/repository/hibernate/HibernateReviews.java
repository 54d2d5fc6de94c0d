package dev.dbpatterns.exercises.repository.hibernate;

import dev.dbpatterns.exercises.repository.domain.Review;
import dev.dbpatterns.exercises.repository.domain.ReviewSearch;
import dev.dbpatterns.exercises.repository.domain.ReviewedBook;
import dev.dbpatterns.exercises.repository.domain.Reviews;
import dev.dbpatterns.repository.domain.Page;
import dev.dbpatterns.repository.domain.PageRequest;
import java.util.List;
import java.util.Optional;
import org.hibernate.SessionFactory;

/** The Reviews port in Hibernate: a session per call, searches as Criteria queries. */
public final class HibernateReviews implements Reviews {
    private final SessionFactory sessions;

    public HibernateReviews(SessionFactory sessions) {
        this.sessions = sessions;
    }

    @Override
    public Review add(Review review) {
        // TODO(task 3): persist the review in a transaction of its own (sessions.inTransaction) and return it.
        // TODO(task 4): Hibernate reports the broken unique constraint as org.hibernate.exception
        //   .ConstraintViolationException; when its kind is UNIQUE, throw DuplicateReviewException instead.
        throw new UnsupportedOperationException("TODO(task 3): persist the review in a transaction");
    }

    @Override
    public Optional<Review> findById(long id) {
        // TODO(task 3): session.find returns null when there is no such review.
        throw new UnsupportedOperationException("TODO(task 3): find the review with session.find");
    }

    @Override
    public Page<Review> search(ReviewSearch search, PageRequest page) {
        // TODO(task 3): build the conditions with the Criteria API (cb.or, in, greaterThanOrEqualTo); where(...)
        //   joins them with AND. Order by rating desc, then id; setFirstResult/setMaxResults give the page,
        //   and a second query with cb.count and the same conditions gives the total.
        throw new UnsupportedOperationException("TODO(task 3): search with a Criteria query");
    }

    @Override
    public List<ReviewedBook> booksWithReviews() {
        // TODO(task 5): ReviewedBook.reviews is lazy: touched one book at a time it costs one SELECT per book
        //   (the N+1 problem), and after the session closed it cannot load at all. Fetch them in the same query.
        throw new UnsupportedOperationException("TODO(task 5): load the books with their reviews in one query");
    }
}
