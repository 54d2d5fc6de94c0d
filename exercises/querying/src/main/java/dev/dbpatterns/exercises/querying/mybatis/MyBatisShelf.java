package dev.dbpatterns.exercises.querying.mybatis;

import dev.dbpatterns.exercises.querying.domain.BookFilter;
import dev.dbpatterns.exercises.querying.domain.BookKey;
import dev.dbpatterns.exercises.querying.domain.Shelf;
import dev.dbpatterns.querying.domain.Author;
import dev.dbpatterns.querying.domain.Book;
import java.util.List;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;

/** The shelf in MyBatis; its SQL is ShelfMapper.xml. The search is done; the fetch plan is yours. */
public final class MyBatisShelf implements Shelf {
    private final SqlSessionFactory sessions;

    public MyBatisShelf(SqlSessionFactory sessions) {
        this.sessions = sessions;
    }

    @Override
    public List<Book> search(BookFilter filter, BookKey after, int size) {
        try (SqlSession session = sessions.openSession()) {
            return session.getMapper(ShelfMapper.class).search(filter, after, size);
        }
    }

    @Override
    public List<Author> authorsWithBooks(List<Long> authorIds) {
        // TODO(task 3): the authors (ShelfMapper.authors), then all their books in one statement
        //   (ShelfMapper.booksOf, not booksOfAuthor once per author), grouped by author id in Java and
        //   handed over with Author.attachBooks. No ids: no statement at all.
        throw new UnsupportedOperationException("TODO(task 3): authors with their books in two statements");
    }
}
