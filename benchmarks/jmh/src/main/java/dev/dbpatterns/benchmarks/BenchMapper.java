package dev.dbpatterns.benchmarks;

import java.util.List;
import org.apache.ibatis.annotations.Arg;
import org.apache.ibatis.annotations.ConstructorArgs;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** MyBatis's statements, as annotations: the benchmarks need few, and XML would hide them from the reader. */
public interface BenchMapper {
    record AuthorName(long id, String name) {
    }

    @Select("select name from author where id = #{id}")
    String nameOf(long id);

    @Insert("insert into identity_item (name, quantity) values (#{name}, #{quantity})")
    void insertItem(@Param("name") String name, @Param("quantity") int quantity);

    @Select("select id, name from author where id <= #{count} order by id")
    @ConstructorArgs({@Arg(column = "id", javaType = long.class), @Arg(column = "name", javaType = String.class)})
    List<AuthorName> firstAuthors(int count);

    @Select("select title from book where author_id = #{authorId} order by id")
    List<String> titlesOf(long authorId);
}
