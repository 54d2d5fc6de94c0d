package dev.dbpatterns.mapping.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * An amount in a currency: a value object, two columns in its owner's row and no table of its own.
 * The amount is kept at two decimals, the column's scale, so that a price read back equals the
 * price saved: a BigDecimal's equals compares the scale too (7.5 and 7.50 are not equal).
 */
// tag::money[]
@Embeddable
public record Money(
        @Column(name = "amount", nullable = false, precision = 8, scale = 2) BigDecimal amount,
        @Column(name = "currency", nullable = false, length = 3) String currency) {

    public Money {
        Objects.requireNonNull(amount, "amount");
        if (currency == null || !currency.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("A currency is three capital letters, not " + currency);
        }
        // Refuses a third decimal instead of rounding it away (ArithmeticException).
        amount = amount.setScale(2);
    }

    public static Money of(String amount, String currency) {
        return new Money(new BigDecimal(amount), currency);
    }
}
// end::money[]
