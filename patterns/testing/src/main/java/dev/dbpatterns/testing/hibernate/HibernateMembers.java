package dev.dbpatterns.testing.hibernate;

import dev.dbpatterns.testing.domain.DuplicateEmailException;
import dev.dbpatterns.testing.domain.Member;
import dev.dbpatterns.testing.domain.Members;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;

/**
 * Members on the caller's {@link Session}. An identity id makes {@code persist} insert at once;
 * a change to a loaded member waits in the session until the next flush: before a query that
 * needs it, or at the caller's commit.
 */
public final class HibernateMembers implements Members {
    private final Session session;

    public HibernateMembers(Session session) {
        this.session = session;
    }

    @Override
    public Member add(Member member) {
        try {
            session.persist(member);
            return member;
        } catch (RuntimeException e) {
            throw HibernateErrors.isDuplicateEmail(e) ? new DuplicateEmailException(member.email(), e) : e;
        }
    }

    @Override
    public Optional<Member> byId(long id) {
        return Optional.ofNullable(session.find(Member.class, id));
    }

    @Override
    public Optional<Member> withEmail(String email) {
        return session.createSelectionQuery("from Member where email = :email", Member.class)
                .setParameter("email", email).uniqueResultOptional();
    }

    // tag::name-like[]
    @Override
    public List<Member> namesStartingWith(String prefix) {
        return session.createSelectionQuery("from Member where name like :pattern order by name, id", Member.class)
                .setParameter("pattern", prefix + "%").getResultList();
    }
    // end::name-like[]

    @Override
    public List<Member> byNickname() {
        return session.createSelectionQuery("from Member order by nickname, id", Member.class).getResultList();
    }

    // tag::change-email[]
    @Override
    public void changeEmail(long id, String email) {
        // Dirty checking: nothing is sent now; the UPDATE waits for the next flush.
        session.find(Member.class, id).changeEmail(email);
    }
    // end::change-email[]

    @Override
    public long count() {
        return session.createSelectionQuery("select count(*) from Member", Long.class).getSingleResult();
    }
}
