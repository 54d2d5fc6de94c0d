package dev.dbpatterns.repository.mybatis;

import dev.dbpatterns.repository.domain.Book;
import dev.dbpatterns.repository.domain.BookSearch;
import dev.dbpatterns.repository.domain.BookSort;
import dev.dbpatterns.repository.domain.Books;
import dev.dbpatterns.repository.domain.DuplicateIsbnException;
import dev.dbpatterns.repository.domain.Page;
import dev.dbpatterns.repository.domain.PageRequest;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.exceptions.PersistenceException;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;

/**
 * The Books port in MyBatis: every call opens a session, runs the mapper's statements, and
 * closes it. Nothing is tracked between calls: an object changed after loading stays changed
 * only in memory until {@link #save} sends the mapper's UPDATE.
 */
public final class MyBatisBooks implements Books {
    private final SqlSessionFactory sessions;

    public MyBatisBooks(SqlSessionFactory sessions) {
        this.sessions = sessions;
    }

    // tag::save[]
    @Override
    public Book save(Book book) {
        try (SqlSession session = sessions.openSession()) {
            BookMapper mapper = session.getMapper(BookMapper.class);
            if (book.id() == null) {
                mapper.insert(book); // useGeneratedKeys fills in book.id
            } else if (mapper.update(book) == 0) {
                throw new IllegalArgumentException("No book with id " + book.id() + " to update");
            }
            session.commit();
            return book;
        } catch (PersistenceException e) {
            if (MyBatisErrors.isUniqueViolation(e)) {
                throw new DuplicateIsbnException(book.isbn(), e);
            }
            throw e;
        }
    }
    // end::save[]

    // tag::find-by-id[]
    @Override
    public Optional<Book> findById(long id) {
        try (SqlSession session = sessions.openSession()) {
            return Optional.ofNullable(session.getMapper(BookMapper.class).findById(id));
        }
    }
    // end::find-by-id[]

    @Override
    public Optional<Book> findByIsbn(String isbn) {
        try (SqlSession session = sessions.openSession()) {
            return Optional.ofNullable(session.getMapper(BookMapper.class).findByIsbn(isbn));
        }
    }

    @Override
    public List<Book> findByTitle(String title) {
        try (SqlSession session = sessions.openSession()) {
            return session.getMapper(BookMapper.class).findByTitle(title);
        }
    }

    // tag::search[]
    @Override
    public Page<Book> search(BookSearch search, BookSort sort, PageRequest page) {
        try (SqlSession session = sessions.openSession()) {
            BookMapper mapper = session.getMapper(BookMapper.class);
            return new Page<>(mapper.search(search, sort, page), mapper.count(search), page);
        }
    }
    // end::search[]

    @Override
    public long count(BookSearch search) {
        try (SqlSession session = sessions.openSession()) {
            return session.getMapper(BookMapper.class).count(search);
        }
    }

    @Override
    public boolean delete(long id) {
        try (SqlSession session = sessions.openSession()) {
            int deleted = session.getMapper(BookMapper.class).deleteById(id);
            session.commit();
            return deleted > 0;
        }
    }
}
