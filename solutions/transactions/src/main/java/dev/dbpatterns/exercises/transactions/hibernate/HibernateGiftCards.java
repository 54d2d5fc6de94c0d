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

    // tag::save[]
    @Override
    public void save(GiftCard card) {
        // A card found in this session is already managed: merge leaves it as it is. A card read
        // in an earlier transaction is detached: merge loads the stored one and, thanks to
        // @Version, refuses it if the versions differ; else it copies the card's state over.
        session.merge(card);
        // Send the UPDATE ... where id = ? and version = ? now, not at commit, so that a conflict
        // shows where the save is.
        session.flush();
    }
    // end::save[]
}
