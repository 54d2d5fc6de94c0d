package dev.dbpatterns.exercises.requestscope.web;

import dev.dbpatterns.exercises.requestscope.domain.LendingDesk;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.function.Supplier;

/**
 * A desk per HTTP request, FastAPI's {@code Depends(get_db)} with its {@code yield}: the first handler that asks for
 * the desk opens it, every later one in the same request gets the same desk, and an after-handler closes it when the
 * request ends, whether the handler answered, threw, or never asked for a desk at all.
 */
public final class RequestScope {
    private static final String DESK = "lending-desk";
    private final Supplier<LendingDesk> openDesk;

    public RequestScope(Supplier<LendingDesk> openDesk) {
        this.openDesk = openDesk;
    }

    public void install(JavalinConfig config) {
        // Javalin runs after-handlers after the exception handlers too: the one place every request passes.
        config.routes.after(ctx -> {
            LendingDesk desk = ctx.attribute(DESK);
            if (desk != null) {
                desk.close();
            }
        });
    }

    /** The request's desk, opened by the first call: a request refused before it gets here opens nothing. */
    public LendingDesk desk(Context ctx) {
        return ctx.attributeOrCompute(DESK, ignored -> openDesk.get());
    }
}
