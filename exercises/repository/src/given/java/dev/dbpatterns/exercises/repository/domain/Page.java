package dev.dbpatterns.exercises.repository.domain;

import java.util.List;

/** One page of results, and how many there are in all. */
public record Page<T>(List<T> items, long totalItems, PageRequest request) {

    public Page {
        items = List.copyOf(items);
    }

    public int totalPages() {
        return (int) ((totalItems + request.size() - 1) / request.size());
    }
}
