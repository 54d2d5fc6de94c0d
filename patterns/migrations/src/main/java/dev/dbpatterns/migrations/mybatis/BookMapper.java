package dev.dbpatterns.migrations.mybatis;

import dev.dbpatterns.migrations.domain.Book;
import java.util.List;

/** The SQL for books; the statements are in BookMapper.xml. */
public interface BookMapper {
    void insert(BookRow row);

    Book byIsbn(String isbn);

    List<Book> onShelf(String shelf);
}
