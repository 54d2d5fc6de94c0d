package dev.dbpatterns.querying.application;

import dev.dbpatterns.querying.domain.Book;
import dev.dbpatterns.querying.domain.BookKey;
import dev.dbpatterns.querying.domain.Catalog;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads every book a page at a time, the way an export or a "load more" button does; between
 * pages the caller may do anything, including adding books.
 */
public final class ShelfWalk {
    private final Catalog catalog;

    public ShelfWalk(Catalog catalog) {
        this.catalog = catalog;
    }

    /** Page after page by keyset, each page seeking past the last key read. */
    public List<Book> byKeyset(int pageSize, Consumer<Integer> betweenPages) {
        List<Book> read = new ArrayList<>();
        List<Book> page = catalog.pageAfter(null, pageSize);
        while (!page.isEmpty()) {
            read.addAll(page);
            betweenPages.accept(read.size());
            page = catalog.pageAfter(BookKey.of(page.get(page.size() - 1)), pageSize);
        }
        return read;
    }

    /** Page after page by offset, each page skipping the rows the earlier pages counted. */
    public List<Book> byOffset(int pageSize, Consumer<Integer> betweenPages) {
        List<Book> read = new ArrayList<>();
        List<Book> page = catalog.pageAt(0, pageSize);
        while (!page.isEmpty()) {
            read.addAll(page);
            betweenPages.accept(read.size());
            page = catalog.pageAt(read.size(), pageSize);
        }
        return read;
    }
}
