package dev.dbpatterns.exercises.migrations.mybatis;

import dev.dbpatterns.exercises.migrations.domain.Member;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** Release N+1: the name lives in the column {@code full_name}; this release never mentions {@code name}. */
public interface FullNameMapper extends MemberMapper {

    @Override
    @Insert("insert into member (full_name, email) values (#{name}, #{email})")
    @Options(useGeneratedKeys = true, keyProperty = "id", keyColumn = "id")
    void insert(NewMember member);

    @Override
    @Select("select id, full_name as name, email, loan_limit from member where id = #{id}")
    Member find(long id);

    @Override
    @Update("update member set full_name = #{name} where id = #{id}")
    int rename(long id, String name);
}
