package dev.dbpatterns.exercises.unitofwork.mybatis;

import dev.dbpatterns.exercises.unitofwork.domain.Shelf;

/** Shelves, one statement each; the SQL is in ShelfMapper.xml. */
public interface ShelfMapper {
    /** The shelf with this code, or null. */
    Shelf findByCode(String code);

    void insert(Shelf shelf);

    int update(Shelf shelf);

    int delete(Shelf shelf);
}
