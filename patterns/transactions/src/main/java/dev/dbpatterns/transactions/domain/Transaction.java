package dev.dbpatterns.transactions.domain;

/** The running transaction, as the work inside it sees it: its data, and control over how it ends. */
public interface Transaction {

    /** The households, read and written in this transaction. */
    Households households();

    /** The work queue, in this transaction. */
    JobQueue jobs();

    /** Ends the transaction with a rollback even though the work returns normally (a dry run, a preview). */
    void setRollbackOnly();

    boolean isRollbackOnly();

    /**
     * Runs part of the work after a savepoint. If the part throws, what it changed is rolled back
     * to the savepoint, the exception propagates, and the rest of the transaction can go on and
     * commit. Objects the part loaded or changed must be read again afterwards.
     */
    <T, E extends Exception> T inSavepoint(TransactionWork<T, E> part) throws E;
}
