package dev.dbpatterns.exercises.repository.mybatis;

import dev.dbpatterns.exercises.repository.domain.Review;
import dev.dbpatterns.exercises.repository.domain.ReviewSearch;
import dev.dbpatterns.exercises.repository.domain.ReviewedBook;
import dev.dbpatterns.exercises.repository.domain.Reviews;
import dev.dbpatterns.repository.domain.Page;
import dev.dbpatterns.repository.domain.PageRequest;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.session.SqlSessionFactory;

/** The Reviews port in MyBatis: a session per call, the SQL in ReviewMapper.xml. */
public final class MyBatisReviews implements Reviews {
    private final SqlSessionFactory sessions;

    public MyBatisReviews(SqlSessionFactory sessions) {
        this.sessions = sessions;
    }

    @Override
    public Review add(Review review) {
        // TODO(task 1): open a session (try-with-resources), call ReviewMapper.insert, commit, return the review.
        //   The insert statement in ReviewMapper.xml fills in the generated id (useGeneratedKeys).
        // TODO(task 4): a second review by the same reader of the same book breaks the unique constraint
        //   review_book_reader_unique: catch MyBatis's PersistenceException, find the SQLException among its
        //   causes, and throw DuplicateReviewException (with the caught exception as its cause) when it says
        //   "unique violation", by the codes of PostgreSQL, H2 and MariaDB alike. Anything else goes on as it was.
        throw new UnsupportedOperationException("TODO(task 1): add the review with ReviewMapper.insert");
    }

    @Override
    public Optional<Review> findById(long id) {
        // TODO(task 1): ReviewMapper.findById returns null when there is no such review; the port wants an Optional.
        throw new UnsupportedOperationException("TODO(task 1): find the review with ReviewMapper.findById");
    }

    @Override
    public Page<Review> search(ReviewSearch search, PageRequest page) {
        // TODO(task 2): one page from ReviewMapper.search, and the total from ReviewMapper.count, in one session.
        throw new UnsupportedOperationException("TODO(task 2): search with ReviewMapper.search and ReviewMapper.count");
    }

    @Override
    public List<ReviewedBook> booksWithReviews() {
        // TODO(task 5): ReviewMapper.findBooksWithReviews, whose single joined SELECT you write in the XML.
        throw new UnsupportedOperationException("TODO(task 5): load the books with ReviewMapper.findBooksWithReviews");
    }
}
