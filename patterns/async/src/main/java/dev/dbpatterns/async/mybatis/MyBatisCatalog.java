package dev.dbpatterns.async.mybatis;

import dev.dbpatterns.async.domain.Book;
import dev.dbpatterns.async.domain.BookCard;
import dev.dbpatterns.async.domain.BookNotFoundException;
import dev.dbpatterns.async.domain.Cancellation;
import dev.dbpatterns.async.domain.Catalog;
import java.time.Duration;
import java.util.function.Function;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;

/**
 * The catalogue in MyBatis: a session per call, opened and closed on the calling thread, never shared. What it
 * returns is plain objects, already filled in: nothing is loaded after the session closed.
 */
public final class MyBatisCatalog implements Catalog {
    private final SqlSessionFactory sessions;

    public MyBatisCatalog(SqlSessionFactory sessions) {
        this.sessions = sessions;
    }

    // tag::title[]
    @Override
    public String title(long bookId, Duration serverWork, Cancellation cancellation) {
        return found(bookId, inSession(mapper -> RunningStatements.watched(cancellation,
                () -> mapper.title(bookId, serverWork.toMillis()))));
    }

    private <T> T inSession(Function<BookMapper, T> work) {
        try (SqlSession session = sessions.openSession()) { // borrows at the first statement, gives back at close
            return work.apply(session.getMapper(BookMapper.class));
        } catch (RuntimeException e) {
            throw MyBatisErrors.translated(e);
        }
    }
    // end::title[]

    @Override
    public Book withReviews(long bookId) {
        return found(bookId, inSession(mapper -> mapper.withReviews(bookId)));
    }

    @Override
    public BookCard card(long bookId) {
        return found(bookId, inSession(mapper -> mapper.card(bookId)));
    }

    private static <T> T found(long bookId, T row) {
        if (row == null) {
            throw new BookNotFoundException(bookId);
        }
        return row;
    }
}
