package dev.dbpatterns.exercises.mapping.hibernate;

import dev.dbpatterns.exercises.mapping.domain.Price;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.math.BigDecimal;

/** A Price as whole cents in a bigint column, and back: exact, because no double is ever involved. */
@Converter(autoApply = true)
public final class PriceConverter implements AttributeConverter<Price, Long> {

    @Override
    public Long convertToDatabaseColumn(Price price) {
        // longValueExact: a price too big for a bigint is refused, never wrapped around.
        return price == null ? null : price.euros().movePointRight(2).longValueExact();
    }

    @Override
    public Price convertToEntityAttribute(Long cents) {
        // A NULL column (a trade not paid yet) is no price, not 0.00.
        return cents == null ? null : new Price(BigDecimal.valueOf(cents, 2));
    }
}
