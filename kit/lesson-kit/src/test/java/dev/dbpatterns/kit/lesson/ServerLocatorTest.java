package dev.dbpatterns.kit.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dbpatterns.kit.targets.Settings;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Which server a target gets. Docker is not what is taught here, so its presence and the
 * container start are stand-ins; the unreachable server is real (a closed port).
 */
@DisplayName("Finding a database server")
class ServerLocatorTest {
    private static final ServerAddress DEAD = new ServerAddress("jdbc:postgresql://127.0.0.1:1/test", "postgres", "");
    private static final ServerAddress CONTAINER = new ServerAddress("jdbc:postgresql://127.0.0.1:32768/test", "test", "test");

    private final AtomicInteger containersStarted = new AtomicInteger();

    private ServerLocator locator(boolean docker) {
        return new ServerLocator(target -> DEAD, () -> docker, target -> {
            containersStarted.incrementAndGet();
            return CONTAINER;
        });
    }

    private static Settings settings(Map<String, String> values) {
        return new Settings(key -> Optional.ofNullable(values.get(key)), key -> null);
    }

    @Test
    @DisplayName("the local default does not answer and Docker runs: a Testcontainers container, started once")
    void fallsBackToContainer() {
        ServerLocator locator = locator(true);

        ServerLookup first = locator.locate(DatabaseTarget.POSTGRES, settings(Map.of()));
        ServerLookup second = locator.locate(DatabaseTarget.POSTGRES, settings(Map.of()));

        assertThat(first).isEqualTo(new ServerLookup.Found(CONTAINER, "Testcontainers " + CONTAINER.url()));
        assertThat(second).isEqualTo(first);
        assertThat(containersStarted).hasValue(1);
    }

    @Test
    @DisplayName("the local default does not answer and there is no Docker: unreachable, saying both")
    void nothingToFallBackTo() {
        ServerLookup lookup = locator(false).locate(DatabaseTarget.POSTGRES, settings(Map.of()));

        assertThat(lookup).isInstanceOfSatisfying(ServerLookup.Unreachable.class, unreachable -> assertThat(
                unreachable.reason()).contains(DEAD.url()).contains("no Docker engine runs for Testcontainers"));
    }

    @Test
    @DisplayName("a URL set explicitly is never silently replaced by a container")
    void explicitUrlIsRespected() {
        ServerLookup lookup = locator(true).locate(DatabaseTarget.POSTGRES,
                settings(Map.of("catalog.postgres.url", DEAD.url())));

        assertThat(lookup).isInstanceOf(ServerLookup.Unreachable.class);
        assertThat(containersStarted).hasValue(0);
    }

    @Test
    @DisplayName("CATALOG_POSTGRES_URL=testcontainers asks for a container, and says so when Docker is missing")
    void containerOnRequest() {
        Settings wantsContainer = settings(Map.of("catalog.postgres.url", "testcontainers"));

        assertThat(locator(true).locate(DatabaseTarget.POSTGRES, wantsContainer)).isInstanceOf(ServerLookup.Found.class);
        assertThat(locator(false).locate(DatabaseTarget.POSTGRES, wantsContainer))
                .isInstanceOfSatisfying(ServerLookup.Unreachable.class,
                        unreachable -> assertThat(unreachable.reason()).contains("no Docker engine runs"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = DatabaseTarget.class, names = {"POSTGRES", "MARIADB"})
    @DisplayName("a server that refuses the account names the variables to set, and is never replaced by a container")
    void refusedAccountIsNotAContainerMatter(DatabaseTarget target) {
        ServerAddress local = ServerAddress.localDefault(target);
        Assumptions.assumeTrue(ServerLocator.tryConnect(local) == null, target.displayName() + " does not run at " + local.url());
        ServerLocator locator = new ServerLocator(ServerAddress::localDefault, () -> true, t -> {
            containersStarted.incrementAndGet();
            return CONTAINER;
        });

        ServerLookup lookup = locator.locate(target, settings(Map.of(target.target().userKey(), "no_such_learner")));

        String prefix = "CATALOG_" + target.target().id().toUpperCase(java.util.Locale.ROOT);
        assertThat(lookup).isInstanceOfSatisfying(ServerLookup.Unreachable.class, refused -> {
            assertThat(refused.reason()).contains("refused the account 'no_such_learner'");
            assertThat(refused.whatToDo()).contains(prefix + "_USER", prefix + "_PASSWORD");
        });
        assertThat(containersStarted).hasValue(0);
    }
}
