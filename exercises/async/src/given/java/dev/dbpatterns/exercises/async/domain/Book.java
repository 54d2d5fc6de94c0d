package dev.dbpatterns.exercises.async.domain;

/** A book of the shop's catalogue. */
public record Book(long id, String title) {
}
