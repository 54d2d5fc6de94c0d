package dev.dbpatterns.querying.domain;

/** A row of a join, read into a record: the title and its author's name, nothing managed. */
public record BookLine(String title, String author) {
}
