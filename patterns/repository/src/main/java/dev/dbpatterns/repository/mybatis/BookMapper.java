package dev.dbpatterns.repository.mybatis;

import dev.dbpatterns.repository.domain.Book;
import dev.dbpatterns.repository.domain.BookSearch;
import dev.dbpatterns.repository.domain.BookSort;
import dev.dbpatterns.repository.domain.PageRequest;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/** The SQL for books, one method per statement; the statements are in BookMapper.xml. */
public interface BookMapper {
    Book findById(long id);

    Book findByIsbn(String isbn);

    List<Book> findByTitle(String title);

    void insert(Book book);

    int update(Book book);

    int deleteById(long id);

    // @Param names the objects the XML reads: #{search.maxPrice}, #{page.size}.
    List<Book> search(@Param("search") BookSearch search, @Param("sort") BookSort sort, @Param("page") PageRequest page);

    long count(@Param("search") BookSearch search);
}
