package dev.dbpatterns.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dbpatterns.kit.lesson.DatabaseTarget;
import dev.dbpatterns.kit.lesson.ServerAddress;
import dev.dbpatterns.testing.domain.Member;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.TestcontainersConfiguration;

/**
 * Testcontainers done well: one container per JVM (pytest's {@code scope="session"} engine), a
 * schema per class inside it. Not a {@code @DatabaseTest}: it brings its own server. Where no
 * Docker engine runs, the steps that need one are skipped with the reason.
 */
@DisplayName("Testcontainers: one container per JVM, a schema per class")
class ContainersLesson {

    private static void assumeDocker() {
        Assumptions.assumeTrue(DockerClientFactory.instance().isDockerAvailable(),
                "No Docker engine runs here, so no container can start: start Docker (or point DOCKER_HOST at one) to run this step.");
    }

    @Test
    @DisplayName("the container is declared once for the JVM, with reuse asked for, and nothing starts until a class asks")
    void declaredOncePerJvm() {
        PostgreSQLContainer declared = ClubServer.declared();

        assertThat(declared).isSameAs(ClubServer.declared());
        assertThat(declared.isShouldBeReused()).isTrue();
        assertThat(declared.getContainerId()).as("the container's id before any step started it").isNull();
    }

    // tag::schema-per-class-in-container[]
    @Test
    @DisplayName("two classes on the one container: the same container, a schema each, neither sees the other's rows")
    void schemaPerClassInOneContainer() throws Exception {
        assumeDocker();
        PostgreSQLContainer server = ClubServer.started();
        ServerAddress address = new ServerAddress(server.getJdbcUrl(), server.getUsername(), server.getPassword());

        try (ClassSchema first = ClassSchema.create(DatabaseTarget.POSTGRES, address);
             ClassSchema second = ClassSchema.create(DatabaseTarget.POSTGRES, address);
             ClubStyle inFirst = ClubStyle.on("MyBatis", first.dataSource());
             ClubStyle inSecond = ClubStyle.on("MyBatis", second.dataSource())) {
            try (ClubSession session = inFirst.open()) {
                session.members().add(new Member("fay@club.test", "Fay", null));
                session.commit();
            }
            try (ClubSession session = inSecond.open()) {
                assertThat(session.members().count()).isZero();
            }
        }
        assertThat(ClubServer.started().getContainerId()).isEqualTo(server.getContainerId());
    }
    // end::schema-per-class-in-container[]

    @Test
    @DisplayName("withReuse(true) reuses a container only where the machine opts in; elsewhere Ryuk removes it at the end")
    void reuseNeedsTheMachinesConsent() {
        assumeDocker();
        PostgreSQLContainer server = ClubServer.started();
        boolean machineOptsIn = TestcontainersConfiguration.getInstance().environmentSupportsReuse();

        // A reusable container carries the hash of its configuration, by which the next JVM finds it.
        boolean reusable = server.getContainerInfo().getConfig().getLabels().containsKey("org.testcontainers.hash");
        assertThat(reusable).as("a reuse hash on the container, where testcontainers.reuse.enable=%s", machineOptsIn)
                .isEqualTo(machineOptsIn);
    }
}
