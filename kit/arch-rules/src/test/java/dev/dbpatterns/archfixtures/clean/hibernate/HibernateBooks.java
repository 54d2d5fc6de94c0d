package dev.dbpatterns.archfixtures.clean.hibernate;

import dev.dbpatterns.archfixtures.clean.domain.Book;
import dev.dbpatterns.archfixtures.clean.domain.Books;
import java.util.Optional;
import org.hibernate.SessionFactory;

public record HibernateBooks(SessionFactory sessions) implements Books {
    @Override
    public Optional<Book> findById(long id) {
        return Optional.ofNullable(sessions.fromSession(session -> session.find(Book.class, id)));
    }
}
