package dev.dbpatterns.requestscope.domain;

/** Fewer copies are left than the order asks for. */
public class OutOfStockException extends RuntimeException {
    public OutOfStockException(long bookId, int quantity) {
        super("Fewer than " + quantity + " copies of book " + bookId + " left");
    }
}
