package dev.dbpatterns.exercises.repository.domain;

import dev.dbpatterns.repository.domain.Page;
import dev.dbpatterns.repository.domain.PageRequest;
import java.util.List;
import java.util.Optional;

/**
 * The shop's book reviews, as a collection: the Repository port of this exercise. Each call is
 * a transaction of its own. You write two adapters for it: MyBatisReviews and HibernateReviews.
 */
public interface Reviews {

    /**
     * Stores a new review (it has no id yet).
     *
     * @return the same review, now with its id
     * @throws DuplicateReviewException when this reader already reviewed this book
     */
    Review add(Review review);

    Optional<Review> findById(long id);

    /** One page of the reviews matching the search, best rated first (ties: oldest id first). */
    Page<Review> search(ReviewSearch search, PageRequest page);

    /** Every book by title, each with its reviews newest first (the same day: by id), in a single SELECT. */
    List<ReviewedBook> booksWithReviews();
}
