package dev.dbpatterns.exercises.async.mybatis;

import dev.dbpatterns.exercises.async.domain.Book;
import dev.dbpatterns.exercises.async.domain.Review;
import dev.dbpatterns.exercises.async.domain.Shelf;
import dev.dbpatterns.exercises.async.domain.Stock;
import java.util.List;
import java.util.function.Function;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;

/**
 * The shelf in MyBatis: a session per call, opened and closed on the calling thread, never shared. MyBatis has no
 * asynchronous API; a call blocks its thread, which costs little when that thread is a virtual one.
 */
public final class MyBatisShelf implements Shelf {
    private final SqlSessionFactory sessions;

    public MyBatisShelf(SqlSessionFactory sessions) {
        this.sessions = sessions;
    }

    @Override
    public List<Book> books(List<Long> bookIds) {
        return inSession(mapper -> mapper.books(bookIds));
    }

    @Override
    public List<Review> reviews(List<Long> bookIds) {
        return inSession(mapper -> mapper.reviews(bookIds));
    }

    @Override
    public List<Stock> stock(List<Long> bookIds) {
        return inSession(mapper -> mapper.stock(bookIds));
    }

    private <T> T inSession(Function<ShelfMapper, T> query) {
        try (SqlSession session = sessions.openSession()) { // borrows at the first statement, gives back at close
            return query.apply(session.getMapper(ShelfMapper.class));
        } catch (RuntimeException e) {
            throw MyBatisErrors.translated(e);
        }
    }
}
