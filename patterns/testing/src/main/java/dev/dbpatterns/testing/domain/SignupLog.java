package dev.dbpatterns.testing.domain;

/**
 * Every attempt to join the club, kept whether the join succeeds or not. An adapter writes each
 * attempt in a transaction of its own and commits it before returning: no caller's rollback
 * can take it back (which is the point, and what a rollback-per-test fixture cannot undo).
 */
public interface SignupLog {

    void attempted(String email);

    long attempts(String email);
}
