package dev.dbpatterns.benchmarks;

import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** MyBatis's statements, as annotations: the benchmarks need few, and XML would hide them from the reader. */
public interface BenchMapper {
    @Select("select name from author where id = #{id}")
    String nameOf(long id);

    @Insert("insert into identity_item (name, quantity) values (#{name}, #{quantity})")
    void insertItem(@Param("name") String name, @Param("quantity") int quantity);

    @Select("select id from author where id <= #{count} order by id")
    List<Long> firstAuthorIds(int count);

    @Select("select title from book where author_id = #{authorId} order by id")
    List<String> titlesOf(long authorId);
}
