package dev.dbpatterns.exercises.migrations.hibernate;

import dev.dbpatterns.exercises.migrations.domain.Member;
import dev.dbpatterns.exercises.migrations.domain.Members;
import dev.dbpatterns.exercises.migrations.domain.Release;
import java.util.Optional;
import org.hibernate.SessionFactory;

/** Either release in Hibernate: the same code, the release's entity. */
public final class HibernateMembers implements Members {
    private final SessionFactory sessions;
    private final Release release;

    public HibernateMembers(SessionFactory sessions, Release release) {
        this.sessions = sessions;
        this.release = release;
    }

    @Override
    public long join(String name, String email) {
        MemberRow row = release == Release.N ? new NamedMember(name, email) : new FullNamedMember(name, email);
        sessions.inTransaction(session -> session.persist(row));
        return row.id();
    }

    @Override
    public Optional<Member> find(long id) {
        return sessions.fromSession(session -> Optional.ofNullable(session.find(HibernateSetup.entityOf(release), id))
                .map(MemberRow::toMember));
    }

    @Override
    public void rename(long id, String name) {
        sessions.inTransaction(session -> session.find(HibernateSetup.entityOf(release), id).rename(name));
    }
}
