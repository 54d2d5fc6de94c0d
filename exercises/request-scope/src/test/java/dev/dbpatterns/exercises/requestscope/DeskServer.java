package dev.dbpatterns.exercises.requestscope;

import dev.dbpatterns.exercises.requestscope.web.DeskApi;
import io.javalin.Javalin;
import com.zaxxer.hikari.HikariDataSource;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * The desk's API on a free port of 127.0.0.1 for one test class and database (lesson-kit closes it with the class),
 * and a client that talks real HTTP to it. A request that gets no answer gives up after the safety net.
 */
final class DeskServer implements AutoCloseable {
    static final Duration SAFETY_NET = Duration.ofSeconds(30);
    final Leases leases;
    final DeskStyle style;
    private final Javalin app;
    private final HttpClient client;
    private final URI base;

    DeskServer(DataSource pool, Function<DataSource, DeskStyle> styleOn) {
        leases = new Leases(pool);
        style = styleOn.apply(leases.counted);
        app = DeskApi.start(style);
        base = URI.create("http://127.0.0.1:" + app.port());
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    }

    /**
     * The class's server on this database, started by its first test; a desk that keeps its connection makes later
     * requests wait for the pool, so the pool gives up after 2 s instead of lesson-kit's 10.
     */
    static DeskServer of(LessonDatabase db, Function<DataSource, DeskStyle> styleOn) throws SQLException {
        db.unrecordedDataSource().unwrap(HikariDataSource.class).getHikariConfigMXBean().setConnectionTimeout(2_000);
        return db.shared("server", pool -> new DeskServer(pool, styleOn));
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).timeout(SAFETY_NET).GET().build());
    }

    HttpResponse<String> post(String path, String json) {
        return send(HttpRequest.newBuilder(base.resolve(path)).timeout(SAFETY_NET).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("No answer to " + request.method() + " " + request.uri() + ": " + e, e);
        }
    }

    @Override
    public void close() {
        try (style; client) {
            app.stop();
        }
    }
}
