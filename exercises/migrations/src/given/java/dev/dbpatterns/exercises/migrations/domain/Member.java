package dev.dbpatterns.exercises.migrations.domain;

/** A member of the library as both releases of the application see it, whatever the column is called. */
public record Member(long id, String name, String email, int loanLimit) {
}
