package dev.dbpatterns.exercises.requestscope.application;

import dev.dbpatterns.exercises.requestscope.domain.InvalidRequestException;
import dev.dbpatterns.exercises.requestscope.domain.LendingDesk;
import dev.dbpatterns.exercises.requestscope.domain.NoCopyLeftException;
import java.util.HashSet;
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

    /** @return how many copies the reader took home */
    public int lend(String reader, List<Long> titleIds) {
        if (titleIds.isEmpty() || titleIds.size() > MOST_AT_ONCE) {
            throw new InvalidRequestException("A loan is of 1 to " + MOST_AT_ONCE + " titles, not " + titleIds.size() + ".");
        }
        if (new HashSet<>(titleIds).size() < titleIds.size()) {
            throw new InvalidRequestException("A title appears twice in " + titleIds + "; ask for each once.");
        }
        return desk.inTransaction(() -> {
            for (long titleId : titleIds) {
                desk.lend(titleId, reader);
                if (!desk.takeCopy(titleId)) {
                    throw new NoCopyLeftException(titleId); // rolls back the loans and copies before it too
                }
            }
            return titleIds.size();
        });
    }
}
