package dev.dbpatterns.requestscope.application;

import dev.dbpatterns.requestscope.domain.Book;
import dev.dbpatterns.requestscope.domain.BookNotFoundException;
import dev.dbpatterns.requestscope.domain.Bookshop;

/**
 * A book's page. {@link #page} is the fix for Open Session in View: the page is built inside the transaction, so
 * every lazy read happens there. {@link #book} hands the entity out, and whoever renders it reads its reviews after
 * the commit: in Hibernate that works only while the request's session is open.
 */
public final class ShowBook {
    private final Bookshop shop;

    public ShowBook(Bookshop shop) {
        this.shop = shop;
    }

    // tag::page[]
    public BookPage page(long bookId) {
        return shop.inTransaction(() -> BookPage.of(found(bookId)));
    }
    // end::page[]

    // tag::entity[]
    public Book book(long bookId) {
        return shop.inTransaction(() -> found(bookId));
    }
    // end::entity[]

    private Book found(long bookId) {
        return shop.book(bookId).orElseThrow(() -> new BookNotFoundException(bookId));
    }
}
