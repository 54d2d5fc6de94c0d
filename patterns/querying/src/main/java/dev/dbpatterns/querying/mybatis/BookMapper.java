package dev.dbpatterns.querying.mybatis;

import dev.dbpatterns.querying.domain.Book;
import dev.dbpatterns.querying.domain.BookFilter;
import dev.dbpatterns.querying.domain.BookKey;
import dev.dbpatterns.querying.domain.BookLine;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/** The SQL for books; the statements are in BookMapper.xml. */
public interface BookMapper {
    List<Book> search(BookFilter filter);

    long count(BookFilter filter);

    List<BookLine> bookLines();

    List<Book> pricedAboveAverage();

    /** Every book by year then id, no LIMIT: what RowBounds pages over in memory. */
    List<Book> all();

    List<Book> pageAt(@Param("offset") int offset, @Param("size") int size);

    List<Book> pageAfter(@Param("after") BookKey after, @Param("size") int size);

    /** The books of several authors in one statement: {@code where author_id in (…)}. */
    List<Book> booksOf(@Param("authorIds") List<Long> authorIds);
}
