package dev.dbpatterns.exercises.async.domain;

import java.util.List;

/** One book as the page shows it: its title, its reviews oldest first, and the copies in stock. */
public record PageEntry(Book book, List<Review> reviews, int copies) {
    public PageEntry {
        reviews = List.copyOf(reviews);
    }
}
