package dev.dbpatterns.exercises.requestscope.web;

import dev.dbpatterns.exercises.requestscope.domain.InvalidRequestException;
import io.javalin.http.Context;

/** What the path says, checked before any use case runs: a bad id is a 400 that never reaches the desk. */
final class PathParams {
    private PathParams() {
    }

    static long titleId(Context ctx) {
        String text = ctx.pathParam("id");
        try {
            long id = Long.parseLong(text);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // the same answer as for zero and below
        }
        throw new InvalidRequestException("A title id is a positive whole number, not '" + text + "'.");
    }
}
