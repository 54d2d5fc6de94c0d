package dev.dbpatterns.exercises.querying.domain;

import dev.dbpatterns.querying.domain.Book;

/** Where a page of books ended: the sort key (year, then id) of its last book. */
public record BookKey(int publishedYear, long id) {

    public static BookKey of(Book last) {
        return new BookKey(last.publishedYear(), last.id());
    }
}
