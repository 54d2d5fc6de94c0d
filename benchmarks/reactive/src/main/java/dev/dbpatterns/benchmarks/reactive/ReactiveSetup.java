package dev.dbpatterns.benchmarks.reactive;

import dev.dbpatterns.benchmarks.Author;
import dev.dbpatterns.benchmarks.BenchDatabase;
import dev.dbpatterns.benchmarks.Book;
import dev.dbpatterns.benchmarks.PoolSettings;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;
import org.hibernate.reactive.mutiny.Mutiny;
import org.hibernate.reactive.provider.ReactiveServiceRegistryBuilder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.hibernate.engine.jdbc.internal.Formatter;
import org.hibernate.engine.jdbc.spi.SqlStatementLogger;

/**
 * Builds Hibernate Reactive on a benchmark database: the blocking benchmarks' entities, on a Vert.x
 * pool of {@link PoolSettings#CONCURRENT_POOL_SIZE} (PostgreSQL's client, MySQL's for MariaDB).
 */
final class ReactiveSetup {
    private ReactiveSetup() {
    }

    /**
     * @param sent hears each statement Hibernate Reactive sends (the check counts them), or null. Its
     *     Vert.x connections report them to the {@link SqlStatementLogger} service, not to a
     *     StatementInspector, so the check replaces that service.
     */
    static Mutiny.SessionFactory sessionFactory(BenchDatabase database, Consumer<String> sent) {
        Configuration configuration = new Configuration()
                .addAnnotatedClass(Author.class)
                .addAnnotatedClass(Book.class)
                .setProperty(AvailableSettings.JAKARTA_JDBC_URL, vertxUrl(database))
                .setProperty(AvailableSettings.POOL_SIZE, String.valueOf(PoolSettings.CONCURRENT_POOL_SIZE))
                .setProperty(AvailableSettings.HBM2DDL_AUTO, "none");
        ReactiveServiceRegistryBuilder registry = new ReactiveServiceRegistryBuilder();
        registry.applySettings(configuration.getProperties());
        if (sent != null) {
            registry.addService(SqlStatementLogger.class, new SqlStatementLogger() {
                @Override
                public void logStatement(String statement, Formatter formatter) {
                    sent.accept(statement);
                }
            });
        }
        StandardServiceRegistry services = registry.build();
        return configuration.buildSessionFactory(services).unwrap(Mutiny.SessionFactory.class);
    }

    /**
     * The server's URL on the benchmark's space, credentials included (Hibernate Reactive reads the
     * URL's other parameters only when they are in it), nothing JDBC-only: the Vert.x PostgreSQL
     * client sends URL parameters to the server as settings, so the schema is {@code search_path}.
     */
    static String vertxUrl(BenchDatabase database) {
        String server = database.serverUrl();
        String url = switch (database.target()) {
            case POSTGRES -> server + (server.contains("?") ? "&" : "?") + "search_path=" + database.space();
            case MARIADB -> server.replaceFirst("/[^/?]*(\\?|$)", "/" + database.space() + "$1");
            case H2 -> throw new IllegalArgumentException(
                    "Hibernate Reactive needs a Vert.x SQL client, and there is none for H2: use postgres or mariadb");
        };
        return url + (url.contains("?") ? "&" : "?") + "user=" + encoded(database.user()) + "&password=" + encoded(database.password());
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
