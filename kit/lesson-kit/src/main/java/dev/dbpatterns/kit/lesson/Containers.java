package dev.dbpatterns.kit.lesson;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.JdbcDatabaseContainer;
import org.testcontainers.mariadb.MariaDBContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Testcontainers servers, one per target and JVM: each test class still gets its own schema or
 * database inside it. Testcontainers' Ryuk container removes them when the JVM exits.
 */
final class Containers {
    static final String POSTGRES_IMAGE = "postgres:17-alpine";
    static final String MARIADB_IMAGE = "mariadb:11.4";

    private static final Map<DatabaseTarget, JdbcDatabaseContainer<?>> RUNNING = new ConcurrentHashMap<>();
    private static volatile Boolean dockerAvailable;

    private Containers() {
    }

    static boolean dockerAvailable() {
        if (dockerAvailable == null) {
            try {
                dockerAvailable = DockerClientFactory.instance().isDockerAvailable();
            } catch (RuntimeException | LinkageError e) {
                dockerAvailable = false;
            }
        }
        return dockerAvailable;
    }

    static ServerAddress start(DatabaseTarget target) {
        JdbcDatabaseContainer<?> container = RUNNING.computeIfAbsent(target, Containers::create);
        // The container's own user may create schemas (PostgreSQL); MariaDB needs root to create databases.
        return target == DatabaseTarget.MARIADB
                ? new ServerAddress(container.getJdbcUrl(), "root", container.getPassword())
                : new ServerAddress(container.getJdbcUrl(), container.getUsername(), container.getPassword());
    }

    private static JdbcDatabaseContainer<?> create(DatabaseTarget target) {
        JdbcDatabaseContainer<?> container = switch (target) {
            case POSTGRES -> new PostgreSQLContainer(POSTGRES_IMAGE);
            case MARIADB -> new MariaDBContainer(MARIADB_IMAGE);
            case H2 -> throw new IllegalArgumentException("H2 runs in memory, not in a container");
        };
        container.start();
        return container;
    }
}
