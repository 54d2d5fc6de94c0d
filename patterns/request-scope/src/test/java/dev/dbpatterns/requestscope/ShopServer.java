package dev.dbpatterns.requestscope;

import dev.dbpatterns.requestscope.web.BookshopApi;
import io.javalin.Javalin;
import java.util.function.Function;
import javax.sql.DataSource;

/** The API on a loopback port of its own, for one test class (lesson-kit closes it with the class). */
final class ShopServer implements AutoCloseable {
    final LeaseCount leases;
    final HttpShop http;
    private final ShopStyle style;
    private final Javalin app;

    ShopServer(DataSource pool, Function<DataSource, ShopStyle> styleOn) {
        leases = new LeaseCount(pool);
        style = styleOn.apply(leases);
        app = BookshopApi.start(style);
        http = new HttpShop(app.port());
    }

    @Override
    public void close() {
        try {
            app.stop();
            http.close();
        } finally {
            style.close();
        }
    }
}
