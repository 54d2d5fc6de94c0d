package dev.dbpatterns.async.mybatis;

import dev.dbpatterns.async.domain.Book;
import dev.dbpatterns.async.domain.BookCard;
import org.apache.ibatis.annotations.Param;

/** The catalogue's statements, in BookMapper.xml beside it. */
public interface BookMapper {

    String title(@Param("id") long bookId, @Param("ms") long serverWorkMillis);

    Book withReviews(@Param("id") long bookId);

    BookCard card(@Param("id") long bookId);
}
