package dev.dbpatterns.migrations.releases;

/**
 * A book as every release shows it, whatever its class calls the words on the cover: release N's
 * {@code title}, N+1's and N+2's {@code name}. What the lessons compare across releases.
 */
public record Listing(Long id, String isbn, String name, String shelf) {

    /** A book not added yet: the database gives it its id. */
    public static Listing of(String isbn, String name, String shelf) {
        return new Listing(null, isbn, name, shelf);
    }

    public Listing withId(long generated) {
        return new Listing(generated, isbn, name, shelf);
    }

    /** 978-0141439518 "Pride and Prejudice" on fiction, id 1; a book without a name says so. */
    @Override
    public String toString() {
        return isbn + " " + (name == null ? "(no name)" : '"' + name + '"') + " on " + shelf + ", id " + id;
    }
}
