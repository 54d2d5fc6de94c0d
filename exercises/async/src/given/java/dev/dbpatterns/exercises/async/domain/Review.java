package dev.dbpatterns.exercises.async.domain;

/** A reader's review of a book: 1 to 5 stars and a few words. */
public record Review(long bookId, int stars, String text) {
}
