package dev.dbpatterns.docs.quickref;

/** A row of a join: a book's title beside its author's name. Not an entity, just the answer. */
public record TitleAndAuthor(String title, String author) {
}
