package dev.dbpatterns.kit.lesson;

/** The outcome of looking for a server: where it is, or why it could not be reached and what to do. */
public sealed interface ServerLookup {

    record Found(ServerAddress address, String via) implements ServerLookup {
    }

    /** @param whatToDo the advice for this kind of failure, e.g. "start the server, or point CATALOG_POSTGRES_URL at one" */
    record Unreachable(String url, String reason, String whatToDo) implements ServerLookup {
    }
}
