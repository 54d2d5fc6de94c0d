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
}
