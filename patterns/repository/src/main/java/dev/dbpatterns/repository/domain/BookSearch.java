package dev.dbpatterns.repository.domain;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What a customer looks for. Every condition given must hold (AND); within a condition, any
 * alternative will do (OR): the text may be in the title or the author's name, the genre may be
 * any of those listed.
 *
 * @param text     part of the title or of the author's name, any case; null for any
 * @param genres   any of these genres; empty for any
 * @param maxPrice at most this price; null for any
 */
public record BookSearch(String text, List<Genre> genres, BigDecimal maxPrice) {

    /** Escapes % and _ in LIKE patterns; not a backslash, which MariaDB string literals treat specially. */
    public static final char LIKE_ESCAPE = '!';

    public BookSearch {
        text = text == null || text.isBlank() ? null : text.trim();
        // Sorted, so the SQL sent (and shown in the docs) is the same on every run.
        genres = genres == null ? List.of() : genres.stream().distinct().sorted().toList();
    }

    public static BookSearch everything() {
        return new BookSearch(null, List.of(), null);
    }

    public BookSearch containing(String newText) {
        return new BookSearch(newText, genres, maxPrice);
    }

    public BookSearch inGenres(Genre... anyOf) {
        return new BookSearch(text, Arrays.asList(anyOf), maxPrice);
    }

    public BookSearch atMost(BigDecimal price) {
        return new BookSearch(text, genres, price);
    }

    public boolean hasText() {
        return text != null;
    }

    public boolean hasGenres() {
        return !genres.isEmpty();
    }

    /**
     * The text as a lower-case SQL LIKE pattern that finds it anywhere. A customer's % or _ is a
     * character to find, not a wildcard, so it is escaped with {@link #LIKE_ESCAPE}.
     */
    public String textAsLikePattern() {
        String escaped = text.toLowerCase(Locale.ROOT)
                .replace(String.valueOf(LIKE_ESCAPE), LIKE_ESCAPE + "" + LIKE_ESCAPE)
                .replace("%", LIKE_ESCAPE + "%")
                .replace("_", LIKE_ESCAPE + "_");
        return "%" + escaped + "%";
    }
}
