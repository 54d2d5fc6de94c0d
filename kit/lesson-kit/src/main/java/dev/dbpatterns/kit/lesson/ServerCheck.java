package dev.dbpatterns.kit.lesson;

import dev.dbpatterns.kit.targets.Settings;
import dev.dbpatterns.kit.targets.TargetSelection;
import java.util.List;
import java.util.Optional;

/**
 * For a tool that must not run blind (learn grade): whether each selected server answers, found as
 * the tests will find it ({@link ServerLocator}), so what is checked is what they will use. It
 * starts no container: where the tests would fall back to one, it is enough that Docker runs, and
 * each test run starts its own. JDK types in and out, since the caller loads lesson-kit beside
 * itself rather than into it.
 */
public final class ServerCheck {
    private static final ServerAddress CONTAINER_TO_COME = new ServerAddress(ServerAddress.TESTCONTAINERS, "", "");

    private ServerCheck() {
    }

    /**
     * @param database the targets as {@code catalog.db} names them (the --db option), or null for the configured ones
     * @return for each selected server that does not answer: its id (postgres), why (naming it and its URL), and
     *         what to do; empty when all answer
     */
    public static List<List<String>> unreachable(String database) {
        Settings settings = new Settings(key -> key.equals(TargetSelection.KEY) && database != null ? Optional.of(database)
                : Optional.ofNullable(System.getProperty(key)), System::getenv);
        ServerLocator servers = new ServerLocator(ServerAddress::localDefault, Containers::dockerAvailable,
                target -> CONTAINER_TO_COME);
        return TargetSelection.from(settings).stream().map(DatabaseTarget::of).filter(DatabaseTarget::isServer)
                .<List<String>>mapMulti((target, unreachable) -> {
                    if (servers.locate(target, settings) instanceof ServerLookup.Unreachable problem) {
                        unreachable.accept(List.of(target.id(), problem.reason(), problem.whatToDo()));
                    }
                })
                .toList();
    }

    /**
     * Drops the lesson spaces that runs which are over left behind (killed, or halted before their
     * own hook ran), on each selected server that is found without a container: what a grading run
     * does when it ends, so that it leaves the servers as it found them.
     *
     * @return how many servers were swept
     */
    public static int sweep(String database) {
        Settings settings = new Settings(key -> key.equals(TargetSelection.KEY) && database != null ? Optional.of(database)
                : Optional.ofNullable(System.getProperty(key)), System::getenv);
        ServerLocator servers = new ServerLocator(ServerAddress::localDefault, () -> false, target -> CONTAINER_TO_COME);
        int swept = 0;
        for (DatabaseTarget target : TargetSelection.from(settings).stream().map(DatabaseTarget::of)
                .filter(DatabaseTarget::isServer).toList()) {
            if (servers.locate(target, settings) instanceof ServerLookup.Found found) {
                try {
                    SpaceOwner.sweep(target, found.address(), java.time.Instant.now());
                    swept++;
                } catch (java.sql.SQLException e) {
                    // housekeeping: the next run's first visit sweeps again
                }
            }
        }
        return swept;
    }
}
