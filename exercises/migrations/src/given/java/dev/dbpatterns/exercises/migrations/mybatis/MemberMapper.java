package dev.dbpatterns.exercises.migrations.mybatis;

import dev.dbpatterns.exercises.migrations.domain.Member;

/** What each release's mapper does; the SQL, which names the release's column, is on each sub-interface. */
public interface MemberMapper {

    /** Leaves loan_limit out: the database's default fills it (task 1). */
    void insert(NewMember member);

    Member find(long id);

    int rename(long id, String name);

    /** The parameter of an insert, which MyBatis fills with the generated id. */
    final class NewMember {
        public Long id;
        public final String name;
        public final String email;

        public NewMember(String name, String email) {
            this.name = name;
            this.email = email;
        }
    }
}
