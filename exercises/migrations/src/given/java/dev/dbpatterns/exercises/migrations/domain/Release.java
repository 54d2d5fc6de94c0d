package dev.dbpatterns.exercises.migrations.domain;

/**
 * The two releases of the application that meet the schema during the rename: N stores a member's
 * name in the column {@code name}; N+1 in {@code full_name}. While N+1 rolls out, both run at once.
 */
public enum Release {
    N("name"),
    NEXT("full_name");

    private final String nameColumn;

    Release(String nameColumn) {
        this.nameColumn = nameColumn;
    }

    /** The column this release reads and writes a member's name in. */
    public String nameColumn() {
        return nameColumn;
    }

    @Override
    public String toString() {
        return this == N ? "release N" : "release N+1";
    }
}
