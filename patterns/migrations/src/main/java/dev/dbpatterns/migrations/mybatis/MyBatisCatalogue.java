package dev.dbpatterns.migrations.mybatis;

import dev.dbpatterns.migrations.domain.Book;
import dev.dbpatterns.migrations.domain.Catalogue;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;

/** The catalogue in MyBatis: one session, and one statement of BookMapper.xml, per call. */
public final class MyBatisCatalogue implements Catalogue {
    private final SqlSessionFactory sessions;

    public MyBatisCatalogue(SqlSessionFactory sessions) {
        this.sessions = sessions;
    }

    @Override
    public long add(Book book) {
        try (SqlSession session = sessions.openSession()) {
            BookRow row = new BookRow(book);
            session.getMapper(BookMapper.class).insert(row);
            session.commit();
            return row.getId();
        }
    }

    @Override
    public Optional<Book> byIsbn(String isbn) {
        try (SqlSession session = sessions.openSession()) {
            return Optional.ofNullable(session.getMapper(BookMapper.class).byIsbn(isbn));
        }
    }

    @Override
    public List<Book> onShelf(String shelf) {
        try (SqlSession session = sessions.openSession()) {
            return session.getMapper(BookMapper.class).onShelf(shelf);
        }
    }
}
