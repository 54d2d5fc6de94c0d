package dev.dbpatterns.requestscope.application;

import dev.dbpatterns.requestscope.domain.Bookshop;
import java.util.List;

/** Books by a part of their title, as a page of summaries. */
public final class SearchBooks {
    private final Bookshop shop;

    public SearchBooks(Bookshop shop) {
        this.shop = shop;
    }

    public record Hit(long id, String title, int priceCents) {
    }

    public List<Hit> search(String titlePart, int limit) {
        return shop.inTransaction(() -> shop.search(titlePart, limit).stream()
                .map(book -> new Hit(book.id(), book.title(), book.priceCents()))
                .toList());
    }
}
