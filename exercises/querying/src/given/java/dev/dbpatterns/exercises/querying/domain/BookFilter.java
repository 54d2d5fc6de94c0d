package dev.dbpatterns.exercises.querying.domain;

/**
 * A search for books; every part is optional (null: no condition) and the parts given are ANDed.
 *
 * @param titleWord a book matches if its title contains its words, in that order, literally: "50%" finds "50%",
 *                  not "500"; "Left Darkness" finds "The Left Hand of Darkness"
 * @param authorId  the author's id
 * @param publishedFrom first year, inclusive
 */
public record BookFilter(String titleWord, Long authorId, Integer publishedFrom) {

    public static BookFilter any() {
        return new BookFilter(null, null, null);
    }

    public BookFilter titleContaining(String word) {
        return new BookFilter(word, authorId, publishedFrom);
    }

    public BookFilter byAuthor(long id) {
        return new BookFilter(titleWord, id, publishedFrom);
    }

    public BookFilter publishedFrom(int year) {
        return new BookFilter(titleWord, authorId, year);
    }

    /** The title words as a LIKE pattern, for a query that says {@code escape '!'}; null without one. */
    public String titlePattern() {
        return titleWord == null ? null : LikePattern.containing(titleWord);
    }
}
