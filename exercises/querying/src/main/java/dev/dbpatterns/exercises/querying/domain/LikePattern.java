package dev.dbpatterns.exercises.querying.domain;

/**
 * A reader's word as a LIKE pattern that matches it literally, for a query that says
 * {@code escape '!'}: in LIKE, {@code %} is any run of characters and {@code _} any one.
 */
public final class LikePattern {
    public static final char ESCAPE = '!';

    private LikePattern() {
    }

    /** "%" + the word with {@code %}, {@code _} and {@code !} each escaped by {@code !} + "%". */
    public static String containing(String word) {
        // TODO(task 1): put ESCAPE before every %, _ and ESCAPE itself in the word, and wrap it in %…%.
        throw new UnsupportedOperationException("TODO(task 1): a LIKE pattern that takes the word literally");
    }
}
