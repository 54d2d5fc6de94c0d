package dev.dbpatterns.exercises.transactions.domain;

/**
 * Less is left on the card than the amount to pay. A checked exception on purpose: a transaction
 * in which it is thrown must be rolled back like any other, although Spring's @Transactional,
 * for one, commits on a checked exception unless told otherwise.
 */
public class InsufficientBalanceException extends Exception {
    private final String code;

    public InsufficientBalanceException(String code, long requested, long available) {
        super("Gift card " + code + " has " + available + " left and cannot pay " + requested);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
