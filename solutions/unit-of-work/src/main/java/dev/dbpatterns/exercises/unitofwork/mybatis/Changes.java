package dev.dbpatterns.exercises.unitofwork.mybatis;

import dev.dbpatterns.exercises.unitofwork.domain.Placement;
import dev.dbpatterns.exercises.unitofwork.domain.Shelf;
import dev.dbpatterns.exercises.unitofwork.domain.UnitOfWorkMisuse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a unit will write at commit: the objects registered new, dirty and removed, each once and
 * in one list only, and the order the foreign keys need. Shelf and Placement keep Object's equals,
 * so the sets compare by identity, which is what registering an object means.
 */
final class Changes {
    // Parents before children: a placement names its shelf (placement.shelf_code -> shelf.code).
    private static final List<Class<?>> PARENTS_FIRST = List.of(Shelf.class, Placement.class);
    private static final Comparator<Object> BY_TABLE = Comparator.comparingInt(Changes::rank);

    private final Set<Object> added = new LinkedHashSet<>();
    private final Set<Object> changed = new LinkedHashSet<>();
    private final Set<Object> removed = new LinkedHashSet<>();

    void addNew(Object row) {
        rank(row); // refuses what is no entity now, not at commit
        added.add(row);
    }

    boolean isNew(Object row) {
        return added.contains(row);
    }

    void addDirty(Object row) {
        if (!removed.contains(row)) {
            changed.add(row); // a removed row is deleted, not updated
        }
    }

    void addRemoved(Object row) {
        if (added.remove(row)) {
            return; // never inserted, so nothing to delete
        }
        changed.remove(row);
        removed.add(row);
    }

    /** New rows, parents first; within a table in the order registered. */
    List<Object> inserts() {
        return sorted(added, BY_TABLE);
    }

    List<Object> updates() {
        return sorted(changed, BY_TABLE);
    }

    /** Removed rows, children first. */
    List<Object> deletes() {
        return sorted(removed, BY_TABLE.reversed());
    }

    private static List<Object> sorted(Set<Object> rows, Comparator<Object> order) {
        List<Object> list = new ArrayList<>(rows);
        list.sort(order); // stable: the order of registration survives within a table
        return list;
    }

    private static int rank(Object row) {
        int rank = row == null ? -1 : PARENTS_FIRST.indexOf(row.getClass());
        if (rank < 0) {
            throw UnitOfWorkMisuse.notAnEntity(row);
        }
        return rank;
    }
}
