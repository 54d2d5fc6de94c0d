package dev.dbpatterns.exercises.unitofwork.mybatis;

import dev.dbpatterns.exercises.unitofwork.domain.Placement;
import dev.dbpatterns.exercises.unitofwork.domain.Shelf;
import dev.dbpatterns.exercises.unitofwork.domain.UnitOfWorkMisuse;
import java.util.Optional;

/**
 * One object per row for the life of a unit: whatever query a row comes back from, the unit hands
 * out the object it already has, so two steps of one business transaction never change two copies
 * of the same row. MyBatis maps a new object for every row of every query; this map is what keeps
 * the first one.
 */
final class IdentityMap {
    // TODO(task 1): keep the objects in a Map, keyed by the row: its kind and its key (a shelf's code, a
    //   placement's ISBN). A record makes a good key: a shelf "A" and a placement "A" are different rows.

    <T> Optional<T> get(Class<T> type, String id) {
        // TODO(task 1): the object known for this row, if any.
        throw new UnsupportedOperationException("TODO(task 1): look the row up in the identity map");
    }

    /** The object already known for this row, else the one just loaded, known from now on. */
    <T> T add(T loaded) {
        // TODO(task 1): when the map has an object for this row, return that one and drop the one just loaded
        //   (Map.computeIfAbsent does both); otherwise keep and return the one just loaded.
        throw new UnsupportedOperationException("TODO(task 1): add the loaded object, or return the known one");
    }

    /** Whether this very object (not merely one for the same row) is the one this unit loaded. */
    boolean holds(Object row) {
        // TODO(task 2): compare with ==: an object another unit loaded is for the same row, but not the same object.
        throw new UnsupportedOperationException("TODO(task 2): tell whether this unit loaded this very object");
    }

    /** A shelf's code or a placement's ISBN; anything else is no row of this shop. */
    static String keyOf(Object row) {
        return switch (row) {
            case Shelf shelf -> shelf.code();
            case Placement placement -> placement.isbn();
            case null, default -> throw UnitOfWorkMisuse.notAnEntity(row);
        };
    }
}
