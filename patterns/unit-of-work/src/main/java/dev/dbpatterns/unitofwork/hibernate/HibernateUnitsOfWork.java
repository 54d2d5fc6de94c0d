package dev.dbpatterns.unitofwork.hibernate;

import dev.dbpatterns.unitofwork.domain.UnitsOfWork;
import org.hibernate.SessionFactory;

/** Begins Hibernate units of work: a Session and its transaction each. */
public final class HibernateUnitsOfWork implements UnitsOfWork {
    private final SessionFactory sessions;

    public HibernateUnitsOfWork(SessionFactory sessions) {
        this.sessions = sessions;
    }

    @Override
    public HibernateUnitOfWork begin() {
        return new HibernateUnitOfWork(sessions.openSession());
    }
}
