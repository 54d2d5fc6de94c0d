package dev.dbpatterns.archfixtures.webindomain.domain;

import io.javalin.http.Context;

/** Wrong on purpose: a domain class that reads the HTTP request itself. */
public record Book(String title) {
    static Book from(Context request) {
        return new Book(request.pathParam("title"));
    }
}
