package dev.dbpatterns.exercises.async.domain;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A page of the catalogue: the books asked for, in the order asked, each with its reviews and its stock. */
public record BookPage(List<PageEntry> entries) {
    public BookPage {
        entries = List.copyOf(entries);
    }

    /**
     * The page put together from what the three queries returned, whatever order they returned it in: a book the
     * shelf did not find is left out, reviews keep the order of their list, and a book without stock has 0 copies.
     */
    public static BookPage of(List<Long> bookIds, List<Book> books, List<Review> reviews, List<Stock> stock) {
        Map<Long, Book> byId = books.stream().collect(Collectors.toMap(Book::id, Function.identity()));
        Map<Long, List<Review>> reviewsOf = reviews.stream().collect(Collectors.groupingBy(Review::bookId));
        Map<Long, Integer> copiesOf = stock.stream().collect(Collectors.toMap(Stock::bookId, Stock::copies));
        return new BookPage(bookIds.stream()
                .map(byId::get)
                .filter(Objects::nonNull)
                .map(book -> new PageEntry(book, reviewsOf.getOrDefault(book.id(), List.of()), copiesOf.getOrDefault(book.id(), 0)))
                .toList());
    }
}
