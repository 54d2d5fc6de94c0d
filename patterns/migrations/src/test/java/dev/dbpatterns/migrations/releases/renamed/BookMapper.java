package dev.dbpatterns.migrations.releases.renamed;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Select;

/** Release N+2's SQL: name only. */
public interface BookMapper {

    @Insert("insert into book (isbn, name, shelf) values (#{isbn}, #{name}, #{shelf})")
    @Options(useGeneratedKeys = true, keyProperty = "id", keyColumn = "id")
    void insert(Book book);

    @Select("select id, isbn, name, shelf from book where isbn = #{isbn}")
    Book byIsbn(String isbn);
}
