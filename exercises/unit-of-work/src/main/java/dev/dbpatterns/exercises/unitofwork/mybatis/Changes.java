package dev.dbpatterns.exercises.unitofwork.mybatis;

import dev.dbpatterns.exercises.unitofwork.domain.Placement;
import dev.dbpatterns.exercises.unitofwork.domain.Shelf;
import java.util.List;

/**
 * What a unit will write at commit: the objects registered new, dirty and removed, each once and
 * in one list only, and the order the foreign keys need. Shelf and Placement keep Object's equals,
 * so sets of them compare by identity, which is what registering an object means.
 */
final class Changes {
    // Parents before children: a placement names its shelf (placement.shelf_code -> shelf.code).
    private static final List<Class<?>> PARENTS_FIRST = List.of(Shelf.class, Placement.class);

    // TODO(task 2): three collections that keep each object once, in the order registered (LinkedHashSet):
    //   the new, the dirty and the removed.

    void addNew(Object row) {
        // TODO(task 2): refuse what is no shelf nor placement right away (UnitOfWorkMisuse.notAnEntity), not at commit.
        throw new UnsupportedOperationException("TODO(task 2): remember a new object");
    }

    boolean isNew(Object row) {
        throw new UnsupportedOperationException("TODO(task 2): tell whether the object was registered new");
    }

    void addDirty(Object row) {
        // TODO(task 2): once only; a removed object is deleted, not updated.
        throw new UnsupportedOperationException("TODO(task 2): remember a changed object");
    }

    void addRemoved(Object row) {
        // TODO(task 2): a new object removed again is simply never inserted: there is nothing to delete.
        //   A dirty one is deleted, not updated.
        throw new UnsupportedOperationException("TODO(task 2): remember a removed object");
    }

    List<Object> inserts() {
        // TODO(task 2): the new objects.
        // TODO(task 3): parents first (the order of PARENTS_FIRST); within a table, in the order registered.
        //   List.sort is stable, so sorting by the index of the object's class in PARENTS_FIRST keeps that order.
        throw new UnsupportedOperationException("TODO(task 2): the objects to insert");
    }

    List<Object> updates() {
        // TODO(task 3): sorted like the inserts, so the rows of one table follow each other and share a JDBC batch.
        throw new UnsupportedOperationException("TODO(task 2): the objects to update");
    }

    List<Object> deletes() {
        // TODO(task 3): children first: a shelf can only go once no placement names it.
        throw new UnsupportedOperationException("TODO(task 2): the objects to delete");
    }
}
