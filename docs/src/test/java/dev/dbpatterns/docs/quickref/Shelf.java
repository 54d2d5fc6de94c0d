package dev.dbpatterns.docs.quickref;

import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.repository.Bookshelf;

/**
 * The bookshop every quick-reference example starts from: the repository lessons' own
 * {@link Bookshelf} (four authors, seven books), after emptying the review table that only the
 * quick reference has.
 */
final class Shelf {
    static final int BOOKS = Bookshelf.BOOKS;

    private final Bookshelf books;

    private Shelf(Bookshelf books) {
        this.books = books;
    }

    static Shelf stock(LessonDatabase db) {
        db.update("delete from review");
        return new Shelf(Bookshelf.restock(db));
    }

    long book(String title) {
        return books.book(title);
    }

    long author(String name) {
        return books.author(name);
    }
}
