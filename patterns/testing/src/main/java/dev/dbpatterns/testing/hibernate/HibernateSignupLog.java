package dev.dbpatterns.testing.hibernate;

import dev.dbpatterns.testing.domain.SignupLog;
import org.hibernate.SessionFactory;

/** The signup log on a session and transaction of its own, committed before each call returns. */
public final class HibernateSignupLog implements SignupLog {
    private final SessionFactory sessions;

    public HibernateSignupLog(SessionFactory sessions) {
        this.sessions = sessions;
    }

    // tag::own-transaction[]
    @Override
    public void attempted(String email) {
        sessions.inTransaction(own ->                      // not the caller's session
                own.createNativeMutationQuery("insert into signup_attempt (email) values (:email)")
                        .setParameter("email", email).executeUpdate());
    }
    // end::own-transaction[]

    @Override
    public long attempts(String email) {
        return sessions.fromSession(own ->
                own.createNativeQuery("select count(*) from signup_attempt where email = :email", Long.class)
                        .setParameter("email", email).getSingleResult());
    }
}
