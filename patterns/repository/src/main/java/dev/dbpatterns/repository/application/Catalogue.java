package dev.dbpatterns.repository.application;

import dev.dbpatterns.repository.domain.Book;
import dev.dbpatterns.repository.domain.BookSearch;
import dev.dbpatterns.repository.domain.BookSort;
import dev.dbpatterns.repository.domain.Books;
import dev.dbpatterns.repository.domain.DuplicateIsbnException;
import dev.dbpatterns.repository.domain.Page;
import dev.dbpatterns.repository.domain.PageRequest;

/**
 * What the shop's web pages ask of its books. It knows only the {@link Books} port, so it runs
 * unchanged on either adapter.
 */
public final class Catalogue {
    public static final int PAGE_SIZE = 3;

    private final Books books;

    public Catalogue(Books books) {
        this.books = books;
    }

    /** The outcome of adding a book, in words for the person who tried. */
    public sealed interface Addition {
        record Added(Book book) implements Addition {
        }

        record Refused(String reason) implements Addition {
        }
    }

    // tag::add[]
    public Addition add(Book book) {
        try {
            return new Addition.Added(books.save(book));
        } catch (DuplicateIsbnException e) {
            return new Addition.Refused("ISBN " + e.isbn() + " is already in the catalogue");
        }
    }
    // end::add[]

    /**
     * A page of books as a browser asks for it: {@code ?q=le+guin&sort=price,desc&page=0}.
     *
     * @throws IllegalArgumentException when the sort names no sortable field
     */
    public Page<Book> browse(String query, String sort, int page) {
        BookSort order = sort == null || sort.isBlank() ? BookSort.by(BookSort.Field.TITLE) : BookSort.parse(sort);
        return books.search(BookSearch.everything().containing(query), order, new PageRequest(page, PAGE_SIZE));
    }
}
