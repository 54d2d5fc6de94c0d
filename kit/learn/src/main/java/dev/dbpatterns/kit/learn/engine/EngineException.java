package dev.dbpatterns.kit.learn.engine;

/** Why an exercise cannot be run (not built yet, no compiler): printed as it is, without a stack trace. */
public class EngineException extends RuntimeException {
    public EngineException(String message) {
        super(message);
    }
}
