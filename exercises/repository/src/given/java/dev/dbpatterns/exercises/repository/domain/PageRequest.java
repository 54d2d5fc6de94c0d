package dev.dbpatterns.exercises.repository.domain;

/** Which page of results, counting from 0, and how many results a page holds. */
public record PageRequest(int number, int size) {
    public static final int MAX_SIZE = 100;

    public PageRequest {
        if (number < 0) {
            throw new IllegalArgumentException("Pages count from 0, not " + number);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("A page holds 1 to " + MAX_SIZE + " results, not " + size);
        }
    }

    public static PageRequest first(int size) {
        return new PageRequest(0, size);
    }

    /** How many results come before this page: what SQL calls OFFSET. */
    public int offset() {
        return number * size;
    }
}
