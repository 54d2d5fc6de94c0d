package dev.dbpatterns.requestscope;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Executors;

/** A client of the API over real HTTP on the loopback address; every request gives up after the safety net. */
final class HttpShop implements AutoCloseable {
    static final Duration SAFETY_NET = Duration.ofSeconds(60);
    private final URI base;
    private final HttpClient client;

    HttpShop(int port) {
        base = URI.create("http://127.0.0.1:" + port);
        client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .executor(Executors.newVirtualThreadPerTaskExecutor())
                .build();
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    HttpResponse<String> post(String path, String json) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    static String order(String customer, long bookId, int quantity) {
        return "{\"customer\":\"" + customer + "\",\"lines\":[{\"bookId\":" + bookId + ",\"quantity\":" + quantity + "}]}";
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.timeout(SAFETY_NET).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        client.close();
    }
}
