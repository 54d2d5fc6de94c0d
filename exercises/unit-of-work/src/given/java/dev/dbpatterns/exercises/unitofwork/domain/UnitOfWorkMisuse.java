package dev.dbpatterns.exercises.unitofwork.domain;

/** The mistakes every unit refuses, in the same words whichever adapter is behind it. */
public final class UnitOfWorkMisuse {
    private UnitOfWorkMisuse() {
    }

    public static IllegalStateException finished() {
        return new IllegalStateException("This rearrangement has ended (committed, failed or closed):"
                + " begin a new one for the next business transaction");
    }

    public static IllegalArgumentException notLoadedHere(Object entity) {
        return new IllegalArgumentException(entity + " was not loaded by this rearrangement:"
                + " load it again through this unit and change that object");
    }

    public static IllegalArgumentException notAnEntity(Object object) {
        return new IllegalArgumentException("A rearrangement tracks shelves and placements, not "
                + (object == null ? "null" : object.getClass().getName()));
    }
}
