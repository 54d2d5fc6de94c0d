package dev.dbpatterns.kit.lesson;

import dev.dbpatterns.kit.targets.Settings;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * Finds the server for a target: the configured URL (default: the local server); when that
 * does not answer and no URL was set explicitly, a Testcontainers container if Docker runs;
 * otherwise the reason nothing could be found.
 */
final class ServerLocator {
    private final Function<DatabaseTarget, ServerAddress> localDefaults;
    private final BooleanSupplier dockerAvailable;
    private final Function<DatabaseTarget, ServerAddress> startContainer;
    private final Map<ServerAddress, ServerLookup> found = new ConcurrentHashMap<>();

    ServerLocator(Function<DatabaseTarget, ServerAddress> localDefaults, BooleanSupplier dockerAvailable,
                  Function<DatabaseTarget, ServerAddress> startContainer) {
        this.localDefaults = localDefaults;
        this.dockerAvailable = dockerAvailable;
        this.startContainer = startContainer;
    }

    static ServerLocator withTestcontainers() {
        return new ServerLocator(ServerAddress::localDefault, Containers::dockerAvailable, Containers::start);
    }

    ServerLookup locate(DatabaseTarget target, Settings settings) {
        ServerAddress configured = ServerAddress.configured(target, settings, localDefaults.apply(target));
        if (configured.wantsContainer()) {
            return container(target, configured.url(), Settings.environmentName(target.target().urlKey()) + " asks for one");
        }
        // Only successes are remembered: a server started between two runs of a long-lived
        // process (learn watch) is found on the next try.
        ServerLookup cached = found.get(configured);
        if (cached != null) {
            return cached;
        }
        String failure = tryConnect(configured);
        if (failure == null) {
            ServerLookup lookup = new ServerLookup.Found(configured, configured.url());
            found.put(configured, lookup);
            return lookup;
        }
        boolean explicit = settings.get(target.target().urlKey()).isPresent();
        if (!explicit && dockerAvailable.getAsBoolean()) {
            ServerLookup lookup = container(target, configured.url(), failure);
            found.put(configured, lookup);
            return lookup;
        }
        String hint = explicit ? "" : " and no Docker engine runs for Testcontainers";
        return new ServerLookup.Unreachable(configured.url(),
                target.displayName() + " at " + configured.url() + " did not answer (" + failure + ")" + hint);
    }

    private ServerLookup container(DatabaseTarget target, String url, String why) {
        if (!dockerAvailable.getAsBoolean()) {
            return new ServerLookup.Unreachable(url, target.displayName()
                    + ": a Testcontainers container was wanted (" + why + ") but no Docker engine runs");
        }
        ServerAddress address = startContainer.apply(target);
        return new ServerLookup.Found(address, "Testcontainers " + address.url());
    }

    /** Returns null when the server answers, else what went wrong in one line. */
    static String tryConnect(ServerAddress address) {
        try (Connection ignored = address.connect()) {
            return null;
        } catch (SQLException e) {
            return oneLine(e);
        }
    }

    private static String oneLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.lines().findFirst().orElse(message).trim();
    }
}
