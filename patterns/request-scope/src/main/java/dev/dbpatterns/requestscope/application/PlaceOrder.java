package dev.dbpatterns.requestscope.application;

import dev.dbpatterns.requestscope.domain.Bookshop;
import dev.dbpatterns.requestscope.domain.OrderLine;
import dev.dbpatterns.requestscope.domain.OutOfStockException;
import java.util.List;

/**
 * An order: its head, then for each line the line and the copies taken from stock, all one transaction. A line that
 * fails half-way (a book sold out, a book that does not exist) rolls back the head and the lines before it.
 */
public final class PlaceOrder {
    private final Bookshop shop;

    public PlaceOrder(Bookshop shop) {
        this.shop = shop;
    }

    public record Line(long bookId, int quantity) {
    }

    // tag::place[]
    /** @return the order's id */
    public long place(String customer, List<Line> lines) {
        return shop.inTransaction(() -> {
            long orderId = shop.newOrder(customer);
            for (Line line : lines) {
                shop.addLine(new OrderLine(orderId, line.bookId(), line.quantity()));
                if (!shop.takeFromStock(line.bookId(), line.quantity())) {
                    throw new OutOfStockException(line.bookId(), line.quantity());
                }
            }
            return orderId;
        });
    }
    // end::place[]
}
