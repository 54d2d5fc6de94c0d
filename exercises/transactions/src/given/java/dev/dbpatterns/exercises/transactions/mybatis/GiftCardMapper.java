package dev.dbpatterns.exercises.transactions.mybatis;

import dev.dbpatterns.exercises.transactions.domain.GiftCard;

/**
 * The statements MyBatis can send for gift cards, one method each, with the method's name as the
 * id of its statement in GiftCardMapper.xml (src/main/resources, same package path).
 */
public interface GiftCardMapper {
    /** The card with this code, or null. */
    GiftCard findByCode(String code);

    /** Inserts the card and fills in its generated id. */
    void insert(GiftCard card);

    /**
     * Task 2: writes the card's balance and adds one to its version, only where the stored version
     * is still the one the card was read at.
     *
     * @return the rows changed: 1 when saved, 0 when another transaction saved the card first
     */
    int updateIfUnchanged(GiftCard card);
}
