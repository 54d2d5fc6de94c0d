package dev.dbpatterns.exercises.transactions.hibernate;

import dev.dbpatterns.exercises.transactions.domain.GiftCard;
import dev.dbpatterns.exercises.transactions.domain.GiftCards;
import java.util.Optional;
import org.hibernate.Session;

/** The GiftCards port in Hibernate, on the session of one transaction. */
public final class HibernateGiftCards implements GiftCards {
    private final Session session;

    public HibernateGiftCards(Session session) {
        this.session = session;
    }

    @Override
    public Optional<GiftCard> find(String code) {
        return session.createSelectionQuery("from GiftCard where code = :code", GiftCard.class)
                .setParameter("code", code)
                .uniqueResultOptional();
    }

    @Override
    public GiftCard issue(String code, long balance) {
        GiftCard card = new GiftCard(code, balance);
        session.persist(card); // an identity id: the INSERT is sent now
        return card;
    }

    @Override
    public void save(GiftCard card) {
        // TODO(task 3): GiftCard.version is a @Version: Hibernate writes "where id = ? and version = ?" by itself.
        //   Two cases: a card found in this session is managed, and its changes are written at the next flush;
        //   a card read in an earlier transaction is detached, and this session knows nothing of it until you
        //   merge it (merge compares the versions, and copies the card onto the one it loads). Then flush, so
        //   the UPDATE is sent now and a conflict shows here, not at commit.
        throw new UnsupportedOperationException("TODO(task 3): merge the card and flush");
    }
}
