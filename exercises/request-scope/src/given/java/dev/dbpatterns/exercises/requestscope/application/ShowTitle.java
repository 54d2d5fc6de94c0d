package dev.dbpatterns.exercises.requestscope.application;

import dev.dbpatterns.exercises.requestscope.domain.LendingDesk;
import dev.dbpatterns.exercises.requestscope.domain.Title;
import dev.dbpatterns.exercises.requestscope.domain.TitleNotFoundException;

/** A title's card: read in a transaction of its own, copied into a record before the transaction ends. */
public final class ShowTitle {
    private final LendingDesk desk;

    public ShowTitle(LendingDesk desk) {
        this.desk = desk;
    }

    public record Card(long id, String name, int copies) {
    }

    public Card card(long id) {
        return desk.inTransaction(() -> {
            Title title = desk.title(id).orElseThrow(() -> new TitleNotFoundException(id));
            return new Card(title.id(), title.name(), title.copies());
        });
    }
}
