package dev.dbpatterns.unitofwork.domain;

/**
 * A row the unit of work loaded was changed or deleted by someone else before the unit
 * committed, so its own change would have overwritten theirs. Nothing was written.
 */
public class ConcurrentChangeException extends CommitFailedException {

    public ConcurrentChangeException(String what, Throwable cause) {
        super(what + " was changed by someone else since this unit of work loaded it."
                + " Load it again in a new unit of work and retry", cause);
    }
}
