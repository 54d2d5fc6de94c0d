package dev.dbpatterns.exercises.repository.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What a visitor looks for among the reviews. Every condition given must hold (AND); within a
 * condition any alternative will do (OR): the text may be in the review or in the reader's name,
 * the book may be any of those listed.
 *
 * @param text      part of the review's text or of the reader's name, any case; null for any
 * @param bookIds   reviews of any of these books; empty for any book
 * @param minRating reviews rated at least this; null for any rating
 */
public record ReviewSearch(String text, List<Long> bookIds, Integer minRating) {

    public ReviewSearch {
        text = text == null || text.isBlank() ? null : text.trim();
        // Sorted, so the SQL sent is the same on every run.
        bookIds = bookIds == null ? List.of() : bookIds.stream().distinct().sorted().toList();
    }

    public static ReviewSearch everything() {
        return new ReviewSearch(null, List.of(), null);
    }

    public ReviewSearch containing(String newText) {
        return new ReviewSearch(newText, bookIds, minRating);
    }

    public ReviewSearch about(Long... anyOfTheseBooks) {
        return new ReviewSearch(text, Arrays.asList(anyOfTheseBooks), minRating);
    }

    public ReviewSearch ratedAtLeast(int rating) {
        return new ReviewSearch(text, bookIds, rating);
    }

    public boolean hasText() {
        return text != null;
    }

    public boolean hasBooks() {
        return !bookIds.isEmpty();
    }

    public boolean hasMinRating() {
        return minRating != null;
    }

    /** The text as a lower-case LIKE pattern that finds it anywhere: compare it with lower(column). */
    public String textAsLikePattern() {
        return "%" + text.toLowerCase(Locale.ROOT) + "%";
    }
}
