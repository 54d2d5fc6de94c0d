package dev.dbpatterns.testing;

import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The JVM's one PostgreSQL container: declared once, started by the first test class that asks,
 * shared by every class after it (each in a schema of its own, see {@link ClassSchema}), and
 * stopped by Testcontainers' Ryuk when the JVM ends. Starting a container per class would cost
 * seconds per class; the schema per class costs milliseconds and isolates as well.
 */
final class ClubServer {
    // tag::one-per-jvm[]
    private static final PostgreSQLContainer POSTGRES = new PostgreSQLContainer("postgres:17-alpine")
            // Honoured only where ~/.testcontainers.properties says testcontainers.reuse.enable=true:
            // then the container outlives the JVM and the next run finds it, data and all.
            .withReuse(true);

    static synchronized PostgreSQLContainer started() {
        if (!POSTGRES.isRunning()) {
            POSTGRES.start();
        }
        return POSTGRES;
    }
    // end::one-per-jvm[]

    /** The declaration, started or not: what can be checked without Docker. */
    static PostgreSQLContainer declared() {
        return POSTGRES;
    }

    private ClubServer() {
    }
}
