package dev.dbpatterns.testing;

import dev.dbpatterns.testing.domain.Members;
import dev.dbpatterns.testing.domain.SignupLog;
import dev.dbpatterns.testing.hibernate.HibernateMembers;
import dev.dbpatterns.testing.hibernate.HibernateSetup;
import dev.dbpatterns.testing.hibernate.HibernateSignupLog;
import javax.sql.DataSource;
import org.hibernate.Session;
import org.hibernate.SessionFactory;

/** Hibernate: a {@link Session} with its transaction begun, ended by the test. */
record HibernateStyle(SessionFactory sessions) implements ClubStyle {

    static HibernateStyle on(DataSource pool) {
        return new HibernateStyle(HibernateSetup.sessionFactory(pool));
    }

    // tag::session[]
    @Override
    public ClubSession open() {
        Session session = sessions.openSession();
        session.beginTransaction();
        // end::session[]
        Members members = new HibernateMembers(session);
        return new ClubSession() {
            public Members members() {
                return members;
            }

            public void flush() {
                session.flush();
            }

            public void commit() {
                session.getTransaction().commit();
            }

            public void rollback() {
                if (session.getTransaction().isActive()) {
                    session.getTransaction().rollback();
                }
            }

            public void close() {
                rollback();
                session.close();
            }
        };
    }

    @Override
    public SignupLog signupLog() {
        return new HibernateSignupLog(sessions);
    }

    @Override
    public void close() {
        sessions.close();
    }
}
