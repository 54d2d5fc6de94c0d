package dev.dbpatterns.async.reactive;

import dev.dbpatterns.async.domain.Book;
import dev.dbpatterns.async.domain.BookNotFoundException;
import dev.dbpatterns.async.domain.Review;
import io.smallrye.mutiny.Uni;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * The catalogue in Hibernate Reactive: every call returns at once with a {@link Uni}, and the work happens when it is
 * subscribed to, on a Vert.x event-loop thread that never blocks. A lazy association is never loaded behind the
 * caller's back: touching it unfetched fails, and {@code Mutiny.fetch} loads it, as one more SELECT.
 */
public final class ReactiveCatalog {
    private final Mutiny.SessionFactory sessions;

    public ReactiveCatalog(Mutiny.SessionFactory sessions) {
        this.sessions = sessions;
    }

    // tag::with-reviews[]
    public Uni<Book> withReviews(long bookId) {
        return sessions.withSession(session -> session.find(Book.class, bookId)
                .onItem().ifNull().failWith(() -> new BookNotFoundException(bookId))
                .call(book -> Mutiny.fetch(book.reviews()))); // one more SELECT, inside the session
    }
    // end::with-reviews[]

    // tag::review[]
    /** Adds a review in a transaction of its own: committed when the Uni completes, rolled back if it fails. */
    public Uni<Review> review(long bookId, int stars, String text) {
        return sessions.withTransaction(session -> session.find(Book.class, bookId)
                .onItem().ifNull().failWith(() -> new BookNotFoundException(bookId))
                .map(book -> new Review(book, stars, text))
                .call(review -> session.persist(review)));
    }
    // end::review[]
}
