package dev.dbpatterns.exercises.requestscope;

import dev.dbpatterns.exercises.requestscope.domain.LendingDesk;
import dev.dbpatterns.exercises.requestscope.hibernate.HibernateDesk;
import dev.dbpatterns.exercises.requestscope.hibernate.HibernateSetup;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;

/** Your HibernateDesk; the sessions are counted by Hibernate's own statistics, which HibernateSetup turns on. */
final class HibernateStyle implements DeskStyle {
    private final SessionFactory sessions;

    HibernateStyle(DataSource pool) {
        sessions = HibernateSetup.sessionFactory(pool);
    }

    @Override
    public LendingDesk get() {
        return new HibernateDesk(sessions);
    }

    @Override
    public long sessionsOpened() {
        return sessions.getStatistics().getSessionOpenCount();
    }

    @Override
    public long sessionsClosed() {
        return sessions.getStatistics().getSessionCloseCount();
    }

    @Override
    public void close() {
        sessions.close();
    }
}
