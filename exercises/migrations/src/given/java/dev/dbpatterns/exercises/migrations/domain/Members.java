package dev.dbpatterns.exercises.migrations.domain;

import java.util.Optional;

/** The port both releases of the application implement, in both styles. */
public interface Members {

    /** Stores a new member and returns the id the database gave it; the loan limit is the database's default. */
    long join(String name, String email);

    Optional<Member> find(long id);

    void rename(long id, String name);
}
