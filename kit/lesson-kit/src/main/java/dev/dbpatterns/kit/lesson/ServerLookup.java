package dev.dbpatterns.kit.lesson;

/** The outcome of looking for a server: where it is, or why it could not be reached. */
public sealed interface ServerLookup {

    record Found(ServerAddress address, String via) implements ServerLookup {
    }

    record Unreachable(String url, String reason) implements ServerLookup {
    }
}
