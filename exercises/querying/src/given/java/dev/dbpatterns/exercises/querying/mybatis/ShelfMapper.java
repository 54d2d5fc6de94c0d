package dev.dbpatterns.exercises.querying.mybatis;

import dev.dbpatterns.exercises.querying.domain.BookFilter;
import dev.dbpatterns.exercises.querying.domain.BookKey;
import dev.dbpatterns.querying.domain.Author;
import dev.dbpatterns.querying.domain.Book;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/** The shelf's SQL, in ShelfMapper.xml. */
public interface ShelfMapper {
    /** One keyset page of the books matching the filter. */
    List<Book> search(@Param("filter") BookFilter filter, @Param("after") BookKey after, @Param("size") int size);

    /** The authors with these ids, by name then id, without their books. */
    List<Author> authors(@Param("ids") List<Long> ids);

    /** One statement: the books of all these authors, by author then title. */
    List<Book> booksOf(@Param("authorIds") List<Long> authorIds);

    /** One statement per call: the books of one author, by title. */
    List<Book> booksOfAuthor(long authorId);
}
