package dev.dbpatterns.querying.domain;

/**
 * Where a keyset page ends: the sort key of its last book. The id breaks ties between books of
 * the same year, so the key is unique and the next page starts exactly after it.
 */
public record BookKey(int publishedYear, long id) {

    public static BookKey of(Book last) {
        return new BookKey(last.publishedYear(), last.id());
    }
}
