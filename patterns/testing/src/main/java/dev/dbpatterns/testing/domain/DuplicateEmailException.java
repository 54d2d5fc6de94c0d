package dev.dbpatterns.testing.domain;

/** Another member has this email already. */
public class DuplicateEmailException extends RuntimeException {
    public DuplicateEmailException(String email, Throwable cause) {
        super("Another member has the email " + email + "; pick another one.", cause);
    }
}
