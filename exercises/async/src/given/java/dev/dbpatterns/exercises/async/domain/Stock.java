package dev.dbpatterns.exercises.async.domain;

/** How many copies of a book the warehouse counts. A book it has no row for has none. */
public record Stock(long bookId, int copies) {
}
