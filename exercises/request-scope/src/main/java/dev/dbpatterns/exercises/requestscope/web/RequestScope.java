package dev.dbpatterns.exercises.requestscope.web;

import dev.dbpatterns.exercises.requestscope.domain.LendingDesk;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.function.Supplier;

/**
 * A desk per HTTP request, FastAPI's {@code Depends(get_db)} with its {@code yield}: the first handler that asks for
 * the desk opens it, every later one in the same request gets the same desk, and the desk is closed when the request
 * ends, whether the handler answered, threw, or never asked for a desk at all.
 */
public final class RequestScope {
    private final Supplier<LendingDesk> openDesk;

    public RequestScope(Supplier<LendingDesk> openDesk) {
        this.openDesk = openDesk;
    }

    // TODO(task 1): register what ends the request's desk: a handler Javalin runs after every request, also when the
    //   route's handler threw (its exception handler has answered by then) and when no route matched. A request that
    //   never asked for a desk has none to close.
    public void install(JavalinConfig config) {
        throw new UnsupportedOperationException("TODO(task 1): close the request's desk when the request ends");
    }

    // TODO(task 1): the request's desk: opened (openDesk.get()) by the first call in a request, the same one for every
    //   later call in that request (keep it as an attribute of the request's Context).
    public LendingDesk desk(Context ctx) {
        throw new UnsupportedOperationException("TODO(task 1): the request's desk, opened at its first use");
    }
}
