package dev.dbpatterns.exercises.unitofwork.mybatis;

import dev.dbpatterns.exercises.unitofwork.domain.Placement;
import java.util.List;

/** Placements, one statement each; the SQL is in PlacementMapper.xml. */
public interface PlacementMapper {
    /** The placement of this title, or null. */
    Placement findByIsbn(String isbn);

    /** Every title on the shelf, by slot: each a newly mapped object, every time. */
    List<Placement> findOnShelf(String shelfCode);

    void insert(Placement placement);

    int update(Placement placement);

    int delete(Placement placement);
}
