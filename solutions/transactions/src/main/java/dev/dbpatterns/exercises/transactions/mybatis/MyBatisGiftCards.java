package dev.dbpatterns.exercises.transactions.mybatis;

import dev.dbpatterns.exercises.transactions.domain.ConcurrentUpdateException;
import dev.dbpatterns.exercises.transactions.domain.GiftCard;
import dev.dbpatterns.exercises.transactions.domain.GiftCards;
import java.util.Optional;
import org.apache.ibatis.session.SqlSession;

/** The GiftCards port in MyBatis, on the session of one transaction: each call sends its statement at once. */
public final class MyBatisGiftCards implements GiftCards {
    private final GiftCardMapper mapper;

    public MyBatisGiftCards(SqlSession session) {
        this.mapper = session.getMapper(GiftCardMapper.class);
    }

    @Override
    public Optional<GiftCard> find(String code) {
        return Optional.ofNullable(mapper.findByCode(code));
    }

    @Override
    public GiftCard issue(String code, long balance) {
        GiftCard card = new GiftCard(code, balance);
        mapper.insert(card); // useGeneratedKeys fills in the id
        return card;
    }

    // tag::save[]
    @Override
    public void save(GiftCard card) {
        // No row changed: the stored version is no longer the one read. Writing anyway would
        // overwrite what the other transaction saved, the lost update.
        if (mapper.updateIfUnchanged(card) == 0) {
            throw new ConcurrentUpdateException("gift card " + card.code() + " was saved by another transaction"
                    + " since version " + card.version() + " was read", null);
        }
    }
    // end::save[]
}
