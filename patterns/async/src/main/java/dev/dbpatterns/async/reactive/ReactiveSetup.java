package dev.dbpatterns.async.reactive;

import dev.dbpatterns.async.domain.Book;
import dev.dbpatterns.async.domain.Review;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;
import org.hibernate.reactive.mutiny.Mutiny;
import org.hibernate.reactive.provider.ReactiveServiceRegistryBuilder;

/**
 * Builds Hibernate Reactive for the catalogue: the same entities and mapping as blocking Hibernate, on a Vert.x SQL
 * client's pool instead of JDBC (PostgreSQL's, and MySQL's for MariaDB; there is none for H2). It takes a JDBC-style
 * URL and opens its own pool: no DataSource, no HikariCP.
 */
public final class ReactiveSetup {
    private ReactiveSetup() {
    }

    // tag::bootstrap[]
    public static Mutiny.SessionFactory sessionFactory(String jdbcUrl, String user, String password, int poolSize) {
        Configuration configuration = new Configuration()
                .addAnnotatedClass(Book.class)
                .addAnnotatedClass(Review.class)
                .setProperty(AvailableSettings.JAKARTA_JDBC_URL, vertxUrl(jdbcUrl, user, password))
                .setProperty(AvailableSettings.POOL_SIZE, String.valueOf(poolSize))
                .setProperty(AvailableSettings.HBM2DDL_AUTO, "validate");
        StandardServiceRegistry registry = new ReactiveServiceRegistryBuilder()
                .applySettings(configuration.getProperties())
                .build();
        return configuration.buildSessionFactory(registry).unwrap(Mutiny.SessionFactory.class);
    }
    // end::bootstrap[]

    /**
     * The URL for the Vert.x clients, credentials included: Hibernate Reactive reads the URL's other parameters only
     * when the user and password are in it too. The PostgreSQL client sends them to the server as session settings,
     * so the schema is {@code search_path} there, where PgJDBC calls it {@code currentSchema}.
     */
    static String vertxUrl(String jdbcUrl, String user, String password) {
        String url = jdbcUrl.startsWith("jdbc:postgresql:") ? jdbcUrl.replace("currentSchema=", "search_path=") : jdbcUrl;
        return url + (url.contains("?") ? "&" : "?") + "user=" + encoded(user) + "&password=" + encoded(password);
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
