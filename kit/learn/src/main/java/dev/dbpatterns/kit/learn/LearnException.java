package dev.dbpatterns.kit.learn;

/** Something the learner can fix: printed as it is, without a stack trace. */
public class LearnException extends RuntimeException {
    public LearnException(String message) {
        super(message);
    }

    public LearnException(String message, Throwable cause) {
        super(message, cause);
    }
}
