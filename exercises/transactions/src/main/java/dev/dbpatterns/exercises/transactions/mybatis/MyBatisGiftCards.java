package dev.dbpatterns.exercises.transactions.mybatis;

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

    @Override
    public void save(GiftCard card) {
        // TODO(task 2): optimistic locking. Call GiftCardMapper.updateIfUnchanged (its SQL is yours to write in
        //   GiftCardMapper.xml). It returns the rows it changed: 0 means another transaction saved the card since
        //   it was read, and writing anyway would overwrite that (the lost update). Then throw
        //   ConcurrentUpdateException, naming the card and the version read; the boundary rolls back.
        throw new UnsupportedOperationException("TODO(task 2): save the card only if its version is unchanged");
    }
}
