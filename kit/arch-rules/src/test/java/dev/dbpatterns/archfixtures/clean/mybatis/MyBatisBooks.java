package dev.dbpatterns.archfixtures.clean.mybatis;

import dev.dbpatterns.archfixtures.clean.domain.Book;
import dev.dbpatterns.archfixtures.clean.domain.Books;
import java.util.Optional;
import org.apache.ibatis.session.SqlSessionFactory;

public record MyBatisBooks(SqlSessionFactory sessions) implements Books {
    @Override
    public Optional<Book> findById(long id) {
        try (var session = sessions.openSession()) {
            return Optional.ofNullable(session.selectOne("findById", id));
        }
    }
}
