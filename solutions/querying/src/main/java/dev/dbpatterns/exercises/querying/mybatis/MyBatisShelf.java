package dev.dbpatterns.exercises.querying.mybatis;

import dev.dbpatterns.exercises.querying.domain.BookFilter;
import dev.dbpatterns.exercises.querying.domain.BookKey;
import dev.dbpatterns.exercises.querying.domain.Shelf;
import dev.dbpatterns.querying.domain.Author;
import dev.dbpatterns.querying.domain.Book;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;

/** The shelf in MyBatis; its SQL is ShelfMapper.xml. */
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
        if (authorIds.isEmpty()) {
            return List.of();
        }
        try (SqlSession session = sessions.openSession()) {
            ShelfMapper mapper = session.getMapper(ShelfMapper.class);
            List<Author> authors = mapper.authors(authorIds);
            Map<Long, List<Book>> byAuthor = mapper.booksOf(authorIds).stream()
                    .collect(Collectors.groupingBy(Book::authorId));
            authors.forEach(author -> author.attachBooks(byAuthor.getOrDefault(author.id(), List.of())));
            return authors;
        }
    }
}
