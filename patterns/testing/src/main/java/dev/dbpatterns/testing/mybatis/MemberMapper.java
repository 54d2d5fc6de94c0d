package dev.dbpatterns.testing.mybatis;

import dev.dbpatterns.testing.domain.Member;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/** The club's SQL, in MemberMapper.xml beside this interface. */
public interface MemberMapper {

    void insert(Member member);

    Member byId(long id);

    Member withEmail(String email);

    List<Member> nameLike(String pattern);

    List<Member> byNickname();

    int changeEmail(@Param("id") long id, @Param("email") String email);

    long count();

    void logAttempt(String email);

    long attempts(String email);
}
