package dev.dbpatterns.unitofwork.mybatis;

import dev.dbpatterns.unitofwork.domain.Book;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/** Books, one statement each; the SQL is in BookMapper.xml. */
public interface BookMapper {
    Book findById(long id);

    List<Book> findByIds(@Param("ids") Collection<Long> ids);

    /** Every copy of every book, as the database has it now. */
    long copiesInStock();

    void insert(Book book);

    /** Matches no row when someone else changed the book since it was loaded (its version moved on). */
    int update(Book book);

    int delete(Book book);
}
