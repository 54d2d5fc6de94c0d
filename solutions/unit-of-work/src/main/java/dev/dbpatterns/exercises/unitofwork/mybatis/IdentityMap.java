package dev.dbpatterns.exercises.unitofwork.mybatis;

import dev.dbpatterns.exercises.unitofwork.domain.Placement;
import dev.dbpatterns.exercises.unitofwork.domain.Shelf;
import dev.dbpatterns.exercises.unitofwork.domain.UnitOfWorkMisuse;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One object per row for the life of a unit: whatever query a row comes back from, the unit hands
 * out the object it already has, so two steps of one business transaction never change two copies
 * of the same row. MyBatis maps a new object for every row of every query; this map is what keeps
 * the first one.
 */
final class IdentityMap {
    /** A row: its kind and its key. A shelf "A" and a placement "A" are different rows. */
    private record Row(Class<?> type, String key) {
        static Row of(Object row) {
            String key = keyOf(row); // first: it refuses what is no row, null included
            return new Row(row.getClass(), key);
        }
    }

    private final Map<Row, Object> objects = new HashMap<>();

    <T> Optional<T> get(Class<T> type, String id) {
        return Optional.ofNullable(objects.get(new Row(type, id))).map(type::cast);
    }

    /** The object already known for this row, else the one just loaded, known from now on. */
    @SuppressWarnings("unchecked")
    <T> T add(T loaded) {
        return (T) objects.computeIfAbsent(Row.of(loaded), row -> loaded);
    }

    /** Whether this very object (not merely one for the same row) is the one this unit loaded. */
    boolean holds(Object row) {
        return objects.get(Row.of(row)) == row;
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
