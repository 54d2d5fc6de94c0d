package dev.dbpatterns.testing.mybatis;

import dev.dbpatterns.testing.domain.DuplicateEmailException;
import dev.dbpatterns.testing.domain.Member;
import dev.dbpatterns.testing.domain.Members;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.exceptions.PersistenceException;
import org.apache.ibatis.session.SqlSession;

/**
 * Members on the caller's {@link SqlSession}: every call sends its statement at once, inside the
 * caller's transaction, and the caller commits or rolls back.
 */
public final class MyBatisMembers implements Members {
    private final MemberMapper mapper;

    public MyBatisMembers(SqlSession session) {
        this.mapper = session.getMapper(MemberMapper.class);
    }

    @Override
    public Member add(Member member) {
        try {
            mapper.insert(member);
            return member;
        } catch (PersistenceException e) {
            throw MyBatisErrors.isDuplicateEmail(e) ? new DuplicateEmailException(member.email(), e) : e;
        }
    }

    @Override
    public Optional<Member> byId(long id) {
        return Optional.ofNullable(mapper.byId(id));
    }

    @Override
    public Optional<Member> withEmail(String email) {
        return Optional.ofNullable(mapper.withEmail(email));
    }

    @Override
    public List<Member> namesStartingWith(String prefix) {
        return mapper.nameLike(prefix + "%");
    }

    @Override
    public List<Member> byNickname() {
        return mapper.byNickname();
    }

    // tag::change-email[]
    @Override
    public void changeEmail(long id, String email) {
        try {
            mapper.changeEmail(id, email); // the UPDATE is sent now: a taken email fails here
        } catch (PersistenceException e) {
            throw MyBatisErrors.isDuplicateEmail(e) ? new DuplicateEmailException(email, e) : e;
        }
    }
    // end::change-email[]

    @Override
    public long count() {
        return mapper.count();
    }
}
