package dev.dbpatterns.requestscope.web;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import dev.dbpatterns.requestscope.application.PlaceOrder;
import io.javalin.http.Context;
import java.util.List;

/** What a request asks for, checked before any use case runs: a bad one throws {@link InvalidRequestException}. */
final class Requests {
    static final int MAX_PAGE = 50;
    private static final int DEFAULT_PAGE = 20;
    private static final Gson GSON = new Gson();

    private Requests() {
    }

    record Order(String customer, List<PlaceOrder.Line> lines) {
    }

    static long bookId(Context ctx) {
        return positiveLong(ctx.pathParam("id"), "book id");
    }

    static String titlePart(Context ctx) {
        String title = ctx.queryParam("title");
        return title == null ? "" : title;
    }

    static int pageSize(Context ctx) {
        String limit = ctx.queryParam("limit");
        if (limit == null) {
            return DEFAULT_PAGE;
        }
        long size = positiveLong(limit, "limit");
        if (size > MAX_PAGE) {
            throw new InvalidRequestException("limit " + size + " is over " + MAX_PAGE);
        }
        return (int) size;
    }

    static Order order(Context ctx) {
        Order order;
        try {
            order = GSON.fromJson(ctx.body(), Order.class);
        } catch (JsonParseException e) {
            throw new InvalidRequestException("not an order: " + e.getMessage());
        }
        if (order == null || order.customer() == null || order.customer().isBlank() || order.lines() == null || order.lines().isEmpty()) {
            throw new InvalidRequestException("an order needs a customer and at least one line");
        }
        for (PlaceOrder.Line line : order.lines()) {
            if (line == null || line.bookId() <= 0 || line.quantity() <= 0) {
                throw new InvalidRequestException("a line needs a book id and a quantity, both positive");
            }
        }
        return order;
    }

    private static long positiveLong(String text, String what) {
        try {
            long value = Long.parseLong(text);
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below, as for zero and negatives
        }
        throw new InvalidRequestException(what + " must be a positive whole number, not '" + text + "'");
    }
}
