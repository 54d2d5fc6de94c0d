package dev.dbpatterns.exercises.async.mybatis;

import dev.dbpatterns.exercises.async.domain.Book;
import dev.dbpatterns.exercises.async.domain.Review;
import dev.dbpatterns.exercises.async.domain.Stock;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/** The shelf's three queries, in ShelfMapper.xml beside it. */
public interface ShelfMapper {

    List<Book> books(@Param("ids") List<Long> bookIds);

    List<Review> reviews(@Param("ids") List<Long> bookIds);

    List<Stock> stock(@Param("ids") List<Long> bookIds);
}
