package dev.dbpatterns.exercises.unitofwork.application;

import dev.dbpatterns.exercises.unitofwork.domain.Placement;
import dev.dbpatterns.exercises.unitofwork.domain.Rearrangement;
import dev.dbpatterns.exercises.unitofwork.domain.Rearrangements;
import dev.dbpatterns.exercises.unitofwork.domain.Shelf;
import java.util.List;

/**
 * The shop replaces a shelf: every title on it moves to a new shelf, into the same slot, and the
 * old shelf is retired. Three kinds of change in one business transaction, which this use case
 * owns: it begins the unit of work, and only the unit's commit writes anything.
 */
public final class Reshelve {
    private final Rearrangements rearrangements;

    public Reshelve(Rearrangements rearrangements) {
        this.rearrangements = rearrangements;
    }

    /**
     * @return how many titles moved
     * @throws IllegalArgumentException when there is no shelf with the old code
     */
    public int replace(String oldCode, String newCode, String newLabel) {
        try (Rearrangement unit = rearrangements.begin()) {
            Shelf old = unit.shelf(oldCode)
                    .orElseThrow(() -> new IllegalArgumentException("No shelf " + oldCode + " in the shop"));
            // Registered in the order a clerk thinks of the job, not in the order the foreign keys
            // need: the old shelf goes, its titles move, the new shelf comes. The unit sorts it out.
            unit.registerRemoved(old);
            Shelf replacement = new Shelf(newCode, newLabel);
            List<Placement> titles = unit.placementsOn(oldCode);
            for (Placement title : titles) {
                title.moveTo(replacement, title.slot());
                unit.registerDirty(title);
            }
            unit.registerNew(replacement);
            unit.commit();
            return titles.size();
        }
    }
}
