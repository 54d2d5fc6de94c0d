package dev.dbpatterns.exercises.requestscope.mybatis;

import dev.dbpatterns.exercises.requestscope.domain.Title;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** The desk's statements; a mapper is used inside the session it came from, never beyond it. */
public interface DeskMapper {

    @Select("select id, name, copies from title where id = #{id}")
    Title title(long id);

    @Select("select t.name from loan l join title t on t.id = l.title_id where l.reader = #{reader} order by t.name")
    List<String> titlesLentTo(String reader);

    @Insert("insert into loan (title_id, reader) values (#{titleId}, #{reader})")
    void lend(@Param("titleId") long titleId, @Param("reader") String reader);

    /** @return 1 when a copy was taken, 0 when none was left */
    @Update("update title set copies = copies - 1 where id = #{titleId} and copies > 0")
    int takeCopy(long titleId);
}
