package dev.dbpatterns.migrations.mybatis;

import dev.dbpatterns.migrations.domain.Book;

/** A book on its way in: MyBatis writes the generated id here, since a Book has no setter for it. */
final class BookRow {
    private Long id;
    private final Book book;

    BookRow(Book book) {
        this.book = book;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Book getBook() {
        return book;
    }
}
