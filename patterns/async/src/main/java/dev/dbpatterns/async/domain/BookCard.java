package dev.dbpatterns.async.domain;

/**
 * What a page shows of a book, as plain values: nothing in it is left to load, so it can cross threads and outlive
 * the session that read it. The DTO answer to a detached entity.
 */
public record BookCard(String title, long reviews) {
}
