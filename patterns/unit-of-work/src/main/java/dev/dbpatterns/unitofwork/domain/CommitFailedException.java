package dev.dbpatterns.unitofwork.domain;

/** The database refused a unit of work's changes; it rolled back, so none of them was written. */
public class CommitFailedException extends RuntimeException {

    public CommitFailedException(String reason, Throwable cause) {
        super("Nothing of this unit of work was saved: " + reason, cause);
    }
}
