package dev.dbpatterns.testing.domain;

import java.util.List;
import java.util.Optional;

/**
 * The club's members, inside a transaction the caller owns: an adapter is bound to the caller's
 * session, commits nothing, and rolls nothing back. That is what lets a test wrap it in a
 * transaction of its own and roll it back afterwards.
 */
public interface Members {

    /** Stores a new member and returns it with its id; {@link DuplicateEmailException} if the email is taken. */
    Member add(Member member);

    Optional<Member> byId(long id);

    Optional<Member> withEmail(String email);

    /** Members whose name starts with the prefix, by name. */
    List<Member> namesStartingWith(String prefix);

    /** Every member, by nickname then id: the roster as the club prints it. */
    List<Member> byNickname();

    /** Gives a member a new email; whether the database hears of it now or at the commit is the adapter's affair. */
    void changeEmail(long id, String email);

    long count();
}
