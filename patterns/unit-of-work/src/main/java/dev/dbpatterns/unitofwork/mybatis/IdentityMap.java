package dev.dbpatterns.unitofwork.mybatis;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One object per row for the life of a unit of work: whatever query a row comes back from, the
 * unit hands out the object it already has, so two parts of a business transaction never change
 * two copies of the same row.
 */
final class IdentityMap {
    private record Key(RowType type, long id) {
    }

    private final Map<Key, Object> rows = new HashMap<>();

    <T> Optional<T> get(Class<T> type, long id) {
        return Optional.ofNullable(rows.get(new Key(RowType.ofClass(type), id))).map(type::cast);
    }

    /** The object already known for this row, else the one just loaded, now known. */
    @SuppressWarnings("unchecked")
    <T> T add(T loaded) {
        return (T) rows.computeIfAbsent(keyOf(loaded), key -> loaded);
    }

    /** Whether this very object (not an equal one) is the one this unit loaded for its row. */
    boolean holds(Object row) {
        Long id = RowType.idOf(row);
        return id != null && rows.get(new Key(RowType.of(row), id)) == row;
    }

    private static Key keyOf(Object row) {
        return new Key(RowType.of(row), RowType.idOf(row));
    }
}
