package dev.dbpatterns.exercises.unitofwork;

import dev.dbpatterns.exercises.unitofwork.domain.Rearrangement;
import org.opentest4j.AssertionFailedError;

/** A commit that must succeed: when the database refuses it, the failure says what to look at. */
final class Commits {
    private Commits() {
    }

    static void commit(Rearrangement unit, String whatTheCommitMustDo) {
        try {
            unit.commit();
        } catch (UnsupportedOperationException | IllegalStateException | IllegalArgumentException notAboutTheDatabase) {
            throw notAboutTheDatabase;
        } catch (RuntimeException refused) {
            throw new AssertionFailedError("the commit was refused (" + refused.getClass().getSimpleName() + "): "
                    + refused.getMessage() + "\nThe commit must " + whatTheCommitMustDo, refused);
        }
    }
}
