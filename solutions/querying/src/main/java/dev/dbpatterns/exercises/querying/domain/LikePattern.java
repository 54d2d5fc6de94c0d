package dev.dbpatterns.exercises.querying.domain;

import java.util.Arrays;
import java.util.stream.Collectors;

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
        return Arrays.stream(words.trim().split("\\s+"))
                .filter(word -> !word.isEmpty())
                .map(LikePattern::literally)
                .collect(Collectors.joining("%", "%", "%"));
    }

    private static String literally(String word) {
        // The escape character first: escaped after % and _, the escapes just put in would be doubled.
        return word.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
