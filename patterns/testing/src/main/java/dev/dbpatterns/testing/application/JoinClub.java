package dev.dbpatterns.testing.application;

import dev.dbpatterns.testing.domain.Member;
import dev.dbpatterns.testing.domain.Members;
import dev.dbpatterns.testing.domain.SignupLog;

/**
 * Someone asks to join: the attempt is logged first, in a transaction of its own, so that a
 * refused join is on record too; then the member is added in the caller's transaction, which
 * the caller commits or rolls back.
 */
public final class JoinClub {
    private final SignupLog log;

    public JoinClub(SignupLog log) {
        this.log = log;
    }

    // tag::join[]
    public Member join(Members members, String email, String name) {
        log.attempted(email);  // committed at once, whatever happens next
        return members.add(new Member(email, name, null));
    }
    // end::join[]
}
