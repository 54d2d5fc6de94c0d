package dev.dbpatterns.requestscope.application;

import dev.dbpatterns.requestscope.domain.Book;
import dev.dbpatterns.requestscope.domain.Review;
import java.util.List;

/** What the book's page shows, as values: nothing in it can load anything later. */
public record BookPage(long id, String title, int priceCents, int stock, List<String> reviews) {

    /** Reads the book and its reviews now: inside the use case's transaction, or wherever the caller is. */
    public static BookPage of(Book book) {
        return new BookPage(book.id(), book.title(), book.priceCents(), book.stock(),
                book.reviews().stream().map(Review::text).toList());
    }
}
