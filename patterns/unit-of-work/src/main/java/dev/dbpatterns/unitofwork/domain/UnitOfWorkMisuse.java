package dev.dbpatterns.unitofwork.domain;

/** The mistakes every unit of work refuses, in the same words whichever adapter is behind it. */
public final class UnitOfWorkMisuse {
    private UnitOfWorkMisuse() {
    }

    public static IllegalStateException finished() {
        return new IllegalStateException("This unit of work has ended (committed, failed or closed):"
                + " begin a new one for the next business transaction");
    }

    public static IllegalArgumentException notLoadedHere(Object entity) {
        return new IllegalArgumentException(entity + " was not loaded by this unit of work:"
                + " load it again through this unit and change that object");
    }

    public static IllegalArgumentException notNew(Object entity) {
        return new IllegalArgumentException(entity + " already has an id, so it is not new:"
                + " register a change to it with registerDirty instead");
    }

    public static IllegalArgumentException notAnEntity(Object object) {
        return new IllegalArgumentException("A unit of work tracks customers, books, orders and order lines, not "
                + (object == null ? "null" : object.getClass().getName()));
    }
}
