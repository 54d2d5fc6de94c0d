package dev.dbpatterns.requestscope.mybatis;

import dev.dbpatterns.requestscope.domain.Book;
import dev.dbpatterns.requestscope.domain.BookOrder;
import dev.dbpatterns.requestscope.domain.OrderLine;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/** The bookshop's statements; the SQL is in BookshopMapper.xml. */
interface BookshopMapper {
    Book book(long id);

    List<Book> search(@Param("pattern") String pattern, @Param("limit") int limit);

    void insertOrder(BookOrder order);

    void insertLine(OrderLine line);

    int takeFromStock(@Param("bookId") long bookId, @Param("quantity") int quantity);
}
