package dev.dbpatterns.mapping.mybatis;

import dev.dbpatterns.mapping.domain.Author;
import dev.dbpatterns.mapping.domain.Book;
import dev.dbpatterns.mapping.domain.Bookshop;
import dev.dbpatterns.mapping.domain.Delivery;
import dev.dbpatterns.mapping.domain.Tag;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;

/** The bookshop on MyBatis: no cascade, so every row the object graph stands for is written here, in order. */
public final class MyBatisBookshop implements Bookshop {
    private final SqlSessionFactory sessions;

    public MyBatisBookshop(SqlSessionFactory sessions) {
        this.sessions = sessions;
    }

    // tag::add-author[]
    @Override
    public Author add(Author author) {
        return inTransaction(session -> {
            AuthorMapper mapper = session.getMapper(AuthorMapper.class);
            mapper.insertAuthor(author);                 // the id comes back from the identity column
            for (Book book : author.books()) {
                mapper.insertBook(book);                 // names #{author.id}, known by now
                for (Tag tag : book.tags()) {
                    mapper.insertTagging(book.id(), tag.id());
                }
            }
            return author;
        });
    }
    // end::add-author[]

    @Override
    public Optional<Author> findAuthor(long id) {
        return inTransaction(session -> Optional.ofNullable(session.getMapper(AuthorMapper.class).findWithBooks(id)));
    }

    // tag::withdraw[]
    @Override
    public void withdraw(long authorId, String isbn) {
        inTransaction(session -> {
            AuthorMapper mapper = session.getMapper(AuthorMapper.class);
            Long bookId = mapper.findBookId(authorId, isbn);
            if (bookId != null) {
                mapper.deleteTaggings(bookId);           // the rows that point at the book go first
                mapper.deleteBook(bookId);
            }
            return null;
        });
    }
    // end::withdraw[]

    @Override
    public Tag add(Tag tag) {
        return inTransaction(session -> {
            session.getMapper(TagMapper.class).insert(tag);
            return tag;
        });
    }

    @Override
    public void deleteTag(String name) {
        inTransaction(session -> session.getMapper(TagMapper.class).deleteByName(name));
    }

    @Override
    public Delivery add(Delivery delivery) {
        return inTransaction(session -> {
            session.getMapper(DeliveryMapper.class).insert(delivery);
            return delivery;
        });
    }

    @Override
    public Optional<Delivery> findDelivery(UUID id) {
        return inTransaction(session -> Optional.ofNullable(session.getMapper(DeliveryMapper.class).findById(id)));
    }

    private <T> T inTransaction(Function<SqlSession, T> work) {
        try (SqlSession session = sessions.openSession()) {
            T result = work.apply(session);
            session.commit();
            return result;
        } catch (RuntimeException e) {
            throw MyBatisErrors.translated(e);
        }
    }
}
