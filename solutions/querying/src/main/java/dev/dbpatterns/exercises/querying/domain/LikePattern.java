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
        StringBuilder pattern = new StringBuilder("%");
        for (char c : word.toCharArray()) {
            if (c == '%' || c == '_' || c == ESCAPE) {
                pattern.append(ESCAPE);
            }
            pattern.append(c);
        }
        return pattern.append('%').toString();
    }
}
