package dev.dbpatterns.unitofwork.application;

import dev.dbpatterns.unitofwork.domain.Book;
import dev.dbpatterns.unitofwork.domain.Customer;
import dev.dbpatterns.unitofwork.domain.Order;
import dev.dbpatterns.unitofwork.domain.ShopUnitOfWork;
import dev.dbpatterns.unitofwork.domain.UnitsOfWork;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A customer orders some books: the order and its lines are new, each book's stock goes down,
 * the customer earns points. Four aggregates change in one business transaction, which this use
 * case owns: it begins the unit of work, and only its commit writes anything.
 */
public final class PlaceOrder {
    private final UnitsOfWork units;

    public PlaceOrder(UnitsOfWork units) {
        this.units = units;
    }

    /** So many copies of one book. */
    public record Wanted(long bookId, int copies) {
    }

    public record Receipt(long orderId, BigDecimal total, int pointsEarned) {
    }

    /**
     * @throws dev.dbpatterns.unitofwork.domain.OutOfStockException when a book has too few copies
     * @throws IllegalArgumentException when the customer or a book does not exist
     */
    // tag::place-order[]
    public Receipt place(long customerId, List<Wanted> wanted) {
        if (wanted.isEmpty()) {
            throw new IllegalArgumentException("An order needs at least one book");
        }
        try (ShopUnitOfWork unit = units.begin()) {
            Customer customer = unit.customer(customerId)
                    .orElseThrow(() -> new IllegalArgumentException("No customer with id " + customerId));
            Map<Long, Book> books = unit.books(wanted.stream().map(Wanted::bookId).toList()).stream()
                    .collect(Collectors.toMap(Book::id, Function.identity()));
            Order order = new Order(customer);
            for (Wanted line : wanted) {
                Book book = books.get(line.bookId());
                if (book == null) {
                    throw new IllegalArgumentException("No book with id " + line.bookId() + " in the shop");
                }
                book.take(line.copies()); // may throw: the unit then closes uncommitted, nothing is written
                order.add(book, line.copies());
                unit.registerDirty(book);
            }
            customer.earnPoints(order.loyaltyPoints());
            unit.registerDirty(customer);
            unit.registerNew(order); // its lines come along
            unit.commit();
            return new Receipt(order.id(), order.total(), order.loyaltyPoints());
        }
    }
    // end::place-order[]
}
