package dev.dbpatterns.exercises.mapping.hibernate;

import dev.dbpatterns.exercises.mapping.domain.Price;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** A Price as whole cents in a bigint column, and back. autoApply: every Price field goes through it. */
@Converter(autoApply = true)
public final class PriceConverter implements AttributeConverter<Price, Long> {

    @Override
    public Long convertToDatabaseColumn(Price price) {
        // TODO(task 1): the euros as whole cents (19.99 is 1999), exactly: no double on the way, and a price
        //   too big for a long refused rather than wrapped around. No price (null): no cents (null).
        throw new UnsupportedOperationException("TODO(task 1): a Price as whole cents");
    }

    @Override
    public Price convertToEntityAttribute(Long cents) {
        // TODO(task 1): the cents as a Price with two decimals again (1999 is 19.99); null stays null.
        throw new UnsupportedOperationException("TODO(task 1): whole cents as a Price");
    }
}
