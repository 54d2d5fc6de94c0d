package dev.dbpatterns.repository.mybatis;

import dev.dbpatterns.repository.domain.Author;
import dev.dbpatterns.repository.domain.Authors;
import java.util.List;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;

/** The Authors port in MyBatis. */
public final class MyBatisAuthors implements Authors {
    private final SqlSessionFactory sessions;

    public MyBatisAuthors(SqlSessionFactory sessions) {
        this.sessions = sessions;
    }

    @Override
    public Author save(Author author) {
        try (SqlSession session = sessions.openSession()) {
            session.getMapper(AuthorMapper.class).insert(author);
            session.commit();
            return author;
        }
    }

    // tag::find-all-with-books[]
    @Override
    public List<Author> findAllWithBooks() {
        try (SqlSession session = sessions.openSession()) {
            return session.getMapper(AuthorMapper.class).findAllWithBooks();
        }
    }
    // end::find-all-with-books[]
}
