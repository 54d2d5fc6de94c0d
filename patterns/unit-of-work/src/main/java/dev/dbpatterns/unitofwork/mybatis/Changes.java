package dev.dbpatterns.unitofwork.mybatis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a unit of work will write at commit: the objects registered new, dirty and removed,
 * each once, each in one list only. The domain classes keep Object's equals, so the sets
 * compare by identity, which is what registration means.
 */
final class Changes {
    private final Set<Object> added = new LinkedHashSet<>();
    private final Set<Object> changed = new LinkedHashSet<>();
    private final Set<Object> removed = new LinkedHashSet<>();

    void addNew(Object row) {
        added.add(row);
    }

    boolean isNew(Object row) {
        return added.contains(row);
    }

    void addDirty(Object row) {
        if (removed.contains(row)) {
            throw new IllegalArgumentException(row + " is registered as removed: it will be deleted, not updated");
        }
        changed.add(row);
    }

    /** A row registered new is simply never inserted: there is nothing to delete. */
    void addRemoved(Object row) {
        if (added.remove(row)) {
            return;
        }
        changed.remove(row);
        removed.add(row);
    }

    // tag::write-order[]
    /** New rows, parents first; in the order registered within a type. */
    List<Object> inserts() {
        return sorted(added, Comparator.comparing(RowType::of));
    }

    List<Object> updates() {
        return sorted(changed, Comparator.comparing(RowType::of));
    }

    /** Removed rows, children first. */
    List<Object> deletes() {
        return sorted(removed, Comparator.<Object, RowType>comparing(RowType::of).reversed());
    }
    // end::write-order[]

    private static List<Object> sorted(Set<Object> rows, Comparator<Object> order) {
        List<Object> list = new ArrayList<>(rows);
        list.sort(order); // stable: registration order survives within a type
        return list;
    }
}
