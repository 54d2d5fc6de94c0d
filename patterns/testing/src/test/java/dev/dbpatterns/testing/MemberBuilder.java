package dev.dbpatterns.testing;

import dev.dbpatterns.testing.domain.Member;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A test data builder: every field has a valid default, and a test names only what its point
 * needs. Defaults that must be unique (the email) are unique by construction.
 */
// tag::builder[]
final class MemberBuilder {
    private static final AtomicInteger NEXT = new AtomicInteger();

    private String name = "Member " + NEXT.incrementAndGet();
    private String email;
    private String nickname;

    static MemberBuilder aMember() {
        return new MemberBuilder();
    }

    MemberBuilder named(String name) {
        this.name = name;
        return this;
    }

    MemberBuilder withEmail(String email) {
        this.email = email;
        return this;
    }

    MemberBuilder withNickname(String nickname) {
        this.nickname = nickname;
        return this;
    }

    Member build() {
        String address = email != null ? email : name.toLowerCase().replace(' ', '.') + "." + NEXT.incrementAndGet() + "@club.test";
        return new Member(address, name, nickname);
    }
}
// end::builder[]
