package dev.dbpatterns.exercises.repository.mybatis;

import dev.dbpatterns.exercises.repository.domain.DuplicateReviewException;
import dev.dbpatterns.exercises.repository.domain.Review;
import dev.dbpatterns.exercises.repository.domain.ReviewSearch;
import dev.dbpatterns.exercises.repository.domain.ReviewedBook;
import dev.dbpatterns.exercises.repository.domain.Reviews;
import dev.dbpatterns.repository.domain.Page;
import dev.dbpatterns.repository.domain.PageRequest;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.exceptions.PersistenceException;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;

/** The Reviews port in MyBatis: a session per call, the SQL in ReviewMapper.xml. */
public final class MyBatisReviews implements Reviews {
    private final SqlSessionFactory sessions;

    public MyBatisReviews(SqlSessionFactory sessions) {
        this.sessions = sessions;
    }

    @Override
    public Review add(Review review) {
        try (SqlSession session = sessions.openSession()) {
            session.getMapper(ReviewMapper.class).insert(review); // useGeneratedKeys fills in the id
            session.commit();
            return review;
        } catch (PersistenceException e) {
            if (isUniqueViolation(e)) {
                throw new DuplicateReviewException(review.bookId(), review.reader(), e);
            }
            throw e;
        }
    }

    @Override
    public Optional<Review> findById(long id) {
        try (SqlSession session = sessions.openSession()) {
            return Optional.ofNullable(session.getMapper(ReviewMapper.class).findById(id));
        }
    }

    @Override
    public Page<Review> search(ReviewSearch search, PageRequest page) {
        try (SqlSession session = sessions.openSession()) {
            ReviewMapper mapper = session.getMapper(ReviewMapper.class);
            return new Page<>(mapper.search(search, page), mapper.count(search), page);
        }
    }

    @Override
    public List<ReviewedBook> booksWithReviews() {
        try (SqlSession session = sessions.openSession()) {
            return session.getMapper(ReviewMapper.class).findBooksWithReviews();
        }
    }

    /**
     * MyBatis passes the driver's SQLException on as a cause. PostgreSQL and H2 say 23505 for a
     * unique violation; MariaDB says 23000 for any integrity violation, and 1062 for this one.
     */
    private static boolean isUniqueViolation(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return "23505".equals(sql.getSQLState())
                        || "23000".equals(sql.getSQLState()) && sql.getErrorCode() == 1062;
            }
        }
        return false;
    }
}
