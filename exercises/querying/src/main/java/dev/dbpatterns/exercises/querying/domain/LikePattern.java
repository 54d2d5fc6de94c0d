package dev.dbpatterns.exercises.querying.domain;

/**
 * What a reader typed as a LIKE pattern that finds titles holding each of its words, in the order
 * typed, each taken literally, for a query that says {@code escape '!'}: in LIKE, {@code %} is any
 * run of characters and {@code _} any one. "Left Darkness" finds "The Left Hand of Darkness".
 */
public final class LikePattern {
    public static final char ESCAPE = '!';

    private LikePattern() {
    }

    /**
     * "%" + each word with {@code %}, {@code _} and {@code !} escaped by {@code !} + "%", the words
     * split where the reader put spaces: {@code containing("50% Rule")} is {@code "%50!%%Rule%"}.
     */
    public static String containing(String words) {
        // TODO(task 1): split the words at spaces, put ESCAPE before every %, _ and ESCAPE itself in each,
        //  and join them with % between them and around them.
        throw new UnsupportedOperationException("TODO(task 1): a LIKE pattern that takes the words literally, in order");
    }
}
