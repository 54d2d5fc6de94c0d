package dev.dbpatterns.unitofwork.domain;

/** An order asked for more copies of a book than the shop has. */
public class OutOfStockException extends RuntimeException {
    private final Long bookId;

    public OutOfStockException(Book book, int wanted) {
        super("Only " + book.inStock() + " of " + wanted + " copies of \"" + book.title()
                + "\" are in stock: order fewer, or wait for the next delivery");
        this.bookId = book.id();
    }

    public Long bookId() {
        return bookId;
    }
}
