package dev.dbpatterns.exercises.requestscope.web;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import dev.dbpatterns.exercises.requestscope.domain.InvalidRequestException;
import io.javalin.http.Context;
import java.util.List;

/** The body of a loan request, {@code {"titleIds": [3, 5]}}; whether those ids make a loan is the use case's call. */
record LoanForm(List<Long> titleIds) {
    private static final Gson GSON = new Gson();

    static LoanForm read(Context ctx) {
        try {
            LoanForm form = GSON.fromJson(ctx.body(), LoanForm.class);
            if (form != null && form.titleIds() != null && !form.titleIds().contains(null)) {
                return form;
            }
        } catch (JsonParseException e) {
            throw new InvalidRequestException("Not a loan (" + e.getMessage() + "); send {\"titleIds\": [1, 2]}.");
        }
        throw new InvalidRequestException("A loan needs its titles, each an id: send {\"titleIds\": [1, 2]}.");
    }
}
