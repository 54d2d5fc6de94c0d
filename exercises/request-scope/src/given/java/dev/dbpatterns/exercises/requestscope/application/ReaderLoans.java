package dev.dbpatterns.exercises.requestscope.application;

import dev.dbpatterns.exercises.requestscope.domain.LendingDesk;
import java.util.List;

/** What a reader has at home: the names of the titles lent to them, in a transaction of its own. */
public final class ReaderLoans {
    private final LendingDesk desk;

    public ReaderLoans(LendingDesk desk) {
        this.desk = desk;
    }

    public List<String> of(String reader) {
        return desk.inTransaction(() -> desk.titlesLentTo(reader));
    }
}
