package dev.dbpatterns.exercises.requestscope.application;

import dev.dbpatterns.exercises.requestscope.domain.LendingDesk;
import java.util.List;

/**
 * Lends a reader up to three titles at once, all or nothing: the checks first, before the desk is touched (a refused
 * loan opens no session and sends no SQL), then one transaction for every loan and every copy taken.
 */
public final class LendTitles {
    /** The most titles a reader takes home in one visit. */
    public static final int MOST_AT_ONCE = 3;
    private final LendingDesk desk;

    public LendTitles(LendingDesk desk) {
        this.desk = desk;
    }

    // TODO(task 3): refuse with InvalidRequestException, before touching the desk, a loan of no title, of more than
    //   MOST_AT_ONCE, or naming a title twice. Then one desk.inTransaction for the whole loan: for each title, lend it
    //   and take a copy; when no copy is left, throw NoCopyLeftException, which rolls back the loans before it too.
    /** @return how many copies the reader took home */
    public int lend(String reader, List<Long> titleIds) {
        throw new UnsupportedOperationException("TODO(task 3): check the loan, then lend every title in one transaction");
    }
}
