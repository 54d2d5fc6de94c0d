package dev.dbpatterns.exercises.mapping.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An amount of euros, to the cent: a value object with no table and no column of its own shape.
 * The schema keeps it as whole cents in a bigint; the adapters convert. The scale is always 2,
 * so a price read back equals the price saved (BigDecimal's equals compares the scale too).
 */
public record Price(BigDecimal euros) {

    public Price {
        Objects.requireNonNull(euros, "euros");
        // A third decimal is refused (ArithmeticException), never rounded away.
        euros = euros.setScale(2);
    }

    public static Price of(String euros) {
        return new Price(new BigDecimal(euros));
    }
}
