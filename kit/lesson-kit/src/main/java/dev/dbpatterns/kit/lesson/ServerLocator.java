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
 * otherwise the reason nothing could be found. A server that answers but refuses the account is
 * never replaced by a container: the learner's server is there, and the credentials need fixing.
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
        ConnectFailure failure = tryConnect(configured);
        if (failure == null) {
            ServerLookup lookup = new ServerLookup.Found(configured, configured.url());
            found.put(configured, lookup);
            return lookup;
        }
        if (failure.refusedAccount()) {
            return new ServerLookup.Unreachable(configured.url(), target.displayName() + " at " + configured.url()
                    + " refused the account '" + configured.user() + "' (" + failure.line() + ")",
                    "set " + Settings.environmentName(target.target().userKey()) + " and "
                            + Settings.environmentName(target.target().passwordKey())
                            + " to an account that may create schemas and databases");
        }
        boolean explicit = settings.get(target.target().urlKey()).isPresent();
        if (!explicit && dockerAvailable.getAsBoolean()) {
            ServerLookup lookup = container(target, configured.url(), failure.line());
            found.put(configured, lookup);
            return lookup;
        }
        String hint = explicit ? "" : " and no Docker engine runs for Testcontainers";
        return new ServerLookup.Unreachable(configured.url(),
                target.displayName() + " at " + configured.url() + " did not answer (" + failure.line() + ")" + hint,
                startOrPoint(target));
    }

    private static String startOrPoint(DatabaseTarget target) {
        return "start the server, or point " + Settings.environmentName(target.target().urlKey()) + " at one";
    }

    private ServerLookup container(DatabaseTarget target, String url, String why) {
        if (!dockerAvailable.getAsBoolean()) {
            return new ServerLookup.Unreachable(url, target.displayName()
                    + ": a Testcontainers container was wanted (" + why + ") but no Docker engine runs",
                    "start Docker, or " + startOrPoint(target));
        }
        ServerAddress address = startContainer.apply(target);
        return new ServerLookup.Found(address, "Testcontainers " + address.url());
    }

    /** Why a connection failed, in one line; refusedAccount when the server answered and said no to the user. */
    record ConnectFailure(String line, boolean refusedAccount) {
    }

    /** Returns null when the server answers, else what went wrong. */
    static ConnectFailure tryConnect(ServerAddress address) {
        try (Connection ignored = address.connect()) {
            return null;
        } catch (SQLException e) {
            return new ConnectFailure(oneLine(e), refusesAccount(e));
        }
    }

    /**
     * SQLState class 28 is "invalid authorization" on every server (PostgreSQL 28P01 wrong password,
     * 28000 unknown role; MariaDB 28000 with error 1045); MariaDB says 1044 when the user may not
     * use the database named in the URL.
     */
    static boolean refusesAccount(SQLException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && ((sql.getSQLState() != null && sql.getSQLState().startsWith("28"))
                    || sql.getErrorCode() == 1044 || sql.getErrorCode() == 1045)) {
                return true;
            }
        }
        return false;
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
