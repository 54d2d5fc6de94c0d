package dev.dbpatterns.migrations.releases.writesboth;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Select;

/** Release N+1's SQL: both columns written, the name read, else the title. */
public interface BookMapper {

    @Insert("insert into book (isbn, title, name, shelf) values (#{isbn}, #{title}, #{name}, #{shelf})")
    @Options(useGeneratedKeys = true, keyProperty = "id", keyColumn = "id")
    void insert(Book book);

    // tag::fallback[]
    @Select("select id, isbn, coalesce(name, title) as name, shelf from book where isbn = #{isbn}")
    Book byIsbn(String isbn);
    // end::fallback[]
}
