package dev.dbpatterns.exercises.unitofwork.domain;

/**
 * The database refused a change at commit, so the unit rolled back: nothing of it was saved. The
 * message gives the database's own words, taken from the innermost cause (the driver's error).
 */
public class CommitFailedException extends RuntimeException {

    public CommitFailedException(Throwable cause) {
        super("Nothing of this rearrangement was saved: the database said " + innermostMessage(cause), cause);
    }

    private static String innermostMessage(Throwable error) {
        String message = String.valueOf(error.getMessage());
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null) {
                message = cause.getMessage();
            }
        }
        // A driver's message may go on with advice over several lines; the first says what happened.
        return message.lines().findFirst().orElse("").trim();
    }
}
