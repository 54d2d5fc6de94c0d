package dev.dbpatterns.exercises.requestscope.web;

import dev.dbpatterns.exercises.requestscope.application.LendTitles;
import dev.dbpatterns.exercises.requestscope.application.ReaderLoans;
import dev.dbpatterns.exercises.requestscope.application.ShowTitle;
import dev.dbpatterns.exercises.requestscope.domain.InvalidRequestException;
import dev.dbpatterns.exercises.requestscope.domain.LendingDesk;
import dev.dbpatterns.exercises.requestscope.domain.NoCopyLeftException;
import dev.dbpatterns.exercises.requestscope.domain.TitleNotFoundException;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.json.JavalinGson;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The lending desk's HTTP API. It knows the port, never a style: {@link RequestScope} hands each request its desk.
 *
 * <pre>
 * GET  /titles/{id}?reader=ann     a title's card; with a reader, also what they have at home (two use cases)
 * GET  /readers/{reader}/loans     what a reader has at home
 * POST /readers/{reader}/loans     {"titleIds": [3, 5]}: lends them, answers with how many and what the reader now has (two use cases)
 * </pre>
 */
public final class DeskApi {
    private DeskApi() {
    }

    /** Started on {@code 127.0.0.1} at a port the system picked ({@link Javalin#port()}); stop it with {@link Javalin#stop()}. */
    public static Javalin start(Supplier<LendingDesk> openDesk) {
        RequestScope scope = new RequestScope(openDesk);
        return Javalin.create(config -> configure(config, scope)).start("127.0.0.1", 0);
    }

    private static void configure(JavalinConfig config, RequestScope scope) {
        config.concurrency.useVirtualThreads = true;
        config.startup.showJavalinBanner = false;
        config.jsonMapper(new JavalinGson());
        scope.install(config);

        config.routes.get("/titles/{id}", ctx -> {
            long id = PathParams.titleId(ctx); // checked before the desk is asked for
            ShowTitle.Card card = new ShowTitle(scope.desk(ctx)).card(id);
            String reader = ctx.queryParam("reader");
            ctx.json(reader == null ? Map.of("title", card)
                    : Map.of("title", card, "onLoan", new ReaderLoans(scope.desk(ctx)).of(reader)));
        });
        config.routes.get("/readers/{reader}/loans", ctx -> {
            String reader = ctx.pathParam("reader");
            ctx.json(Map.of("reader", reader, "onLoan", new ReaderLoans(scope.desk(ctx)).of(reader)));
        });
        config.routes.post("/readers/{reader}/loans", ctx -> {
            LoanForm form = LoanForm.read(ctx);
            int lent = new LendTitles(scope.desk(ctx)).lend(ctx.pathParam("reader"), form.titleIds());
            ctx.status(201).json(Map.of("lent", lent, "onLoan", new ReaderLoans(scope.desk(ctx)).of(ctx.pathParam("reader"))));
        });

        config.routes.exception(InvalidRequestException.class, (e, ctx) -> problem(ctx, 400, e));
        config.routes.exception(TitleNotFoundException.class, (e, ctx) -> problem(ctx, 404, e));
        config.routes.exception(NoCopyLeftException.class, (e, ctx) -> problem(ctx, 409, e));
        config.routes.exception(Exception.class, (e, ctx) -> problem(ctx, 500, e));
    }

    private static void problem(Context ctx, int status, Exception e) {
        ctx.status(status).json(Map.of("error", e.getClass().getSimpleName(), "message", String.valueOf(e.getMessage())));
    }
}
