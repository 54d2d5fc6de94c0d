package dev.dbpatterns.exercises.migrations.mybatis;

import dev.dbpatterns.exercises.migrations.domain.Member;
import dev.dbpatterns.exercises.migrations.domain.Members;
import dev.dbpatterns.exercises.migrations.domain.Release;
import dev.dbpatterns.exercises.migrations.mybatis.MemberMapper.NewMember;
import java.util.Optional;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;

/** Either release in MyBatis: the same code, the release's mapper. */
public final class MyBatisMembers implements Members {
    private final SqlSessionFactory sessions;
    private final Class<? extends MemberMapper> mapper;

    public MyBatisMembers(SqlSessionFactory sessions, Release release) {
        this.sessions = sessions;
        this.mapper = MyBatisSetup.mapperOf(release);
    }

    @Override
    public long join(String name, String email) {
        try (SqlSession session = sessions.openSession()) {
            NewMember member = new NewMember(name, email);
            session.getMapper(mapper).insert(member);
            session.commit();
            return member.id;
        }
    }

    @Override
    public Optional<Member> find(long id) {
        try (SqlSession session = sessions.openSession()) {
            return Optional.ofNullable(session.getMapper(mapper).find(id));
        }
    }

    @Override
    public void rename(long id, String name) {
        try (SqlSession session = sessions.openSession()) {
            session.getMapper(mapper).rename(id, name);
            session.commit();
        }
    }
}
