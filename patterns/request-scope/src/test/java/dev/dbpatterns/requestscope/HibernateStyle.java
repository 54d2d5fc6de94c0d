package dev.dbpatterns.requestscope;

import dev.dbpatterns.requestscope.domain.Bookshop;
import dev.dbpatterns.requestscope.hibernate.HibernateBookshop;
import dev.dbpatterns.requestscope.hibernate.HibernateSetup;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;

/** Hibernate's shops on a pool, with or without Open Session in View; the factory closes with the server. */
final class HibernateStyle implements ShopStyle {
    private final SessionFactory sessions;
    private final boolean openInView;

    private HibernateStyle(SessionFactory sessions, boolean openInView) {
        this.sessions = sessions;
        this.openInView = openInView;
    }

    static HibernateStyle on(DataSource pool, boolean openInView) {
        return new HibernateStyle(HibernateSetup.sessionFactory(pool), openInView);
    }

    @Override
    public Bookshop get() {
        return new HibernateBookshop(sessions, openInView);
    }

    @Override
    public void close() {
        sessions.close();
    }
}
