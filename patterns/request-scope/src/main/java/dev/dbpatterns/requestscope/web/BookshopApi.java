package dev.dbpatterns.requestscope.web;

import dev.dbpatterns.requestscope.application.BookPage;
import dev.dbpatterns.requestscope.application.PlaceOrder;
import dev.dbpatterns.requestscope.application.SearchBooks;
import dev.dbpatterns.requestscope.application.ShowBook;
import dev.dbpatterns.requestscope.domain.BookNotFoundException;
import dev.dbpatterns.requestscope.domain.Bookshop;
import dev.dbpatterns.requestscope.domain.OutOfStockException;
import dev.dbpatterns.requestscope.domain.ShopBusyException;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.json.JavalinGson;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The bookshop's HTTP API on Javalin 7 (Jetty 12, a virtual thread per request). It knows the port, never a style:
 * {@code openShop} hands it the request's {@link Bookshop}, a MyBatis or a Hibernate one.
 *
 * <pre>
 * GET  /books/{id}          the book's page, built inside the use case's transaction
 * GET  /books/{id}/in-view  the same page, rendered here from the entity after the commit (Open Session in View)
 * GET  /books?title=&amp;limit=  a search, at most 50 a page
 * POST /orders              {"customer": …, "lines": [{"bookId": …, "quantity": …}]}
 * </pre>
 */
public final class BookshopApi {
    private static final String SHOP = "bookshop";

    private BookshopApi() {
    }

    /** Started on {@code 127.0.0.1} at a port the system picked: {@link Javalin#port()}. Stop it with {@link Javalin#stop()}. */
    public static Javalin start(Supplier<Bookshop> openShop) {
        return Javalin.create(config -> configure(config, openShop)).start("127.0.0.1", 0);
    }

    private static void configure(JavalinConfig config, Supplier<Bookshop> openShop) {
        config.concurrency.useVirtualThreads = true;
        config.startup.showJavalinBanner = false;

        // tag::scope[]
        // FastAPI's Depends(get_db) with its yield: the request gets its shop before the handler runs, and gives it
        // back after, whatever the handler did. The shop opens its session at its first use, so a request refused
        // at the door never opens one. After-handlers run after the exception handlers too.
        config.routes.before(ctx -> ctx.attribute(SHOP, openShop.get()));
        config.routes.after(ctx -> {
            Bookshop shop = ctx.attribute(SHOP);
            if (shop != null) {
                shop.close();
            }
        });
        // end::scope[]

        // tag::routes[]
        config.routes.get("/books/{id}", ctx -> ctx.json(new ShowBook(shop(ctx)).page(Requests.bookId(ctx))));
        config.routes.get("/books/{id}/in-view", ctx -> {
            var book = new ShowBook(shop(ctx)).book(Requests.bookId(ctx));
            ctx.json(BookPage.of(book)); // the reviews are read here, after the use case committed
        });
        config.routes.get("/books", ctx -> ctx.json(new SearchBooks(shop(ctx))
                .search(Requests.titlePart(ctx), Requests.pageSize(ctx))));
        config.routes.post("/orders", ctx -> {
            Requests.Order order = Requests.order(ctx);
            long orderId = new PlaceOrder(shop(ctx)).place(order.customer(), order.lines());
            ctx.status(201).json(Map.of("orderId", orderId));
        });
        // end::routes[]

        // tag::errors[]
        config.routes.exception(InvalidRequestException.class, (e, ctx) -> problem(ctx, 400, e));
        config.routes.exception(BookNotFoundException.class, (e, ctx) -> problem(ctx, 404, e));
        config.routes.exception(OutOfStockException.class, (e, ctx) -> problem(ctx, 409, e));
        config.routes.exception(ShopBusyException.class, (e, ctx) -> problem(ctx, 503, e));
        config.routes.exception(Exception.class, (e, ctx) -> problem(ctx, 500, e));
        // end::errors[]
        config.jsonMapper(new JavalinGson()); // Javalin's own mapper for Gson: records in, JSON out
    }

    private static Bookshop shop(Context ctx) {
        return ctx.attribute(SHOP);
    }

    private static void problem(Context ctx, int status, Exception e) {
        ctx.status(status).json(Map.of("error", e.getClass().getSimpleName(), "message", String.valueOf(e.getMessage())));
    }
}
