package dev.dbpatterns.querying.mybatis;

import dev.dbpatterns.querying.domain.Author;
import dev.dbpatterns.querying.domain.AuthorBookCount;
import dev.dbpatterns.querying.domain.Book;
import dev.dbpatterns.querying.domain.BookFilter;
import dev.dbpatterns.querying.domain.BookKey;
import dev.dbpatterns.querying.domain.BookLine;
import dev.dbpatterns.querying.domain.Catalog;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;

/** The catalog in MyBatis: every statement is in the two mappers' XML. */
public final class MyBatisCatalog implements Catalog {
    private final SqlSessionFactory sessions;

    public MyBatisCatalog(SqlSessionFactory sessions) {
        this.sessions = sessions;
    }

    private <T> T read(Function<SqlSession, T> work) {
        try (SqlSession session = sessions.openSession()) {
            return work.apply(session);
        }
    }

    @Override
    public List<Author> allAuthors() {
        return read(s -> s.getMapper(AuthorMapper.class).all());
    }

    @Override
    public Optional<Author> authorNamed(String name) {
        return read(s -> s.getMapper(AuthorMapper.class).named(name).stream().findFirst());
    }

    @Override
    public List<Book> search(BookFilter filter) {
        return read(s -> s.getMapper(BookMapper.class).search(filter));
    }

    @Override
    public long count(BookFilter filter) {
        return read(s -> s.getMapper(BookMapper.class).count(filter));
    }

    @Override
    public List<BookLine> bookLines() {
        return read(s -> s.getMapper(BookMapper.class).bookLines());
    }

    @Override
    public List<AuthorBookCount> authorsWithAtLeast(int books) {
        return read(s -> s.getMapper(AuthorMapper.class).withAtLeast(books));
    }

    @Override
    public List<Author> authorsReviewed() {
        return read(s -> s.getMapper(AuthorMapper.class).reviewed());
    }

    @Override
    public List<Book> pricedAboveAverage() {
        return read(s -> s.getMapper(BookMapper.class).pricedAboveAverage());
    }

    @Override
    public List<Book> pageAt(int offset, int size) {
        return read(s -> s.getMapper(BookMapper.class).pageAt(offset, size));
    }

    @Override
    public List<Book> pageAfter(BookKey after, int size) {
        return read(s -> s.getMapper(BookMapper.class).pageAfter(after, size));
    }

    @Override
    public List<Author> authorsWithBooksJoined() {
        return read(s -> s.getMapper(AuthorMapper.class).withBooksJoined());
    }

    // tag::two-selects[]
    /** The original's selectinload, by hand: the authors, then all their books in one IN list. */
    @Override
    public List<Author> authorsWithBooksInTwoSelects() {
        return read(session -> {
            List<Author> authors = session.getMapper(AuthorMapper.class).all();
            if (authors.isEmpty()) {
                return authors; // an empty IN () is not SQL; nothing to load anyway
            }
            List<Long> ids = authors.stream().map(Author::id).toList();
            Map<Long, List<Book>> byAuthor = session.getMapper(BookMapper.class).booksOf(ids).stream()
                    .collect(Collectors.groupingBy(Book::authorId));
            authors.forEach(author -> author.attachBooks(byAuthor.getOrDefault(author.id(), List.of())));
            return authors;
        });
    }
    // end::two-selects[]
}
