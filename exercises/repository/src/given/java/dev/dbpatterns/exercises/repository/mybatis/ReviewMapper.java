package dev.dbpatterns.exercises.repository.mybatis;

import dev.dbpatterns.exercises.repository.domain.Review;
import dev.dbpatterns.exercises.repository.domain.ReviewSearch;
import dev.dbpatterns.exercises.repository.domain.ReviewedBook;
import dev.dbpatterns.repository.domain.PageRequest;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/**
 * The statements MyBatis can send for reviews, one method each. You write their SQL in
 * ReviewMapper.xml (src/main/resources, same package path): each method's name is the id of
 * one statement there.
 */
public interface ReviewMapper {
    /** Task 1: inserts the review and fills in its generated id. */
    void insert(Review review);

    /** Task 1: the review with this id, or null. */
    Review findById(long id);

    /** Task 2: one page of the matching reviews, best rated first, then by id. */
    List<Review> search(@Param("search") ReviewSearch search, @Param("page") PageRequest page);

    /** Task 2: how many reviews match, on all pages. */
    long count(@Param("search") ReviewSearch search);

    /** Task 5: every book by title, each with its reviews newest first (the same day: by id), from one joined SELECT. */
    List<ReviewedBook> findBooksWithReviews();
}
