package dev.dbpatterns.repository.mybatis;

import dev.dbpatterns.repository.domain.Author;
import java.util.List;

/** The SQL for authors; the statements are in AuthorMapper.xml. */
public interface AuthorMapper {
    void insert(Author author);

    /** One SELECT joining authors to books; the result map folds the rows into authors. */
    List<Author> findAllWithBooks();
}
