package dev.dbpatterns.benchmarks;

import java.util.ArrayList;
import java.util.List;
import org.apache.ibatis.annotations.Arg;
import org.apache.ibatis.annotations.ConstructorArgs;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/**
 * MyBatis's statements, as annotations where they can say it: the benchmarks need few. The nested
 * results map ({@link #authorsWithTitles}) is in BenchMapper.xml beside it, as annotations have no
 * collection filled from one join.
 */
public interface BenchMapper {
    record AuthorName(long id, String name) {
    }

    /** Nested results fill it row by row, so it is mutable; MyBatis sets the fields. */
    final class AuthorTitles {
        long id;
        String name;
        List<String> titles = new ArrayList<>();

        AuthorRow row() {
            return new AuthorRow(id, name, titles);
        }
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

    /** One join, its rows folded into authors by BenchMapper.xml's result map. */
    List<AuthorTitles> authorsWithTitles(int count);
}
