package dev.dbpatterns.exercises.requestscope.domain;

/** Every copy of the title is lent out: the API answers 409, and nothing of the loan is kept. */
public class NoCopyLeftException extends RuntimeException {
    public NoCopyLeftException(long titleId) {
        super("Every copy of title " + titleId + " is lent out; ask again when one comes back.");
    }
}
