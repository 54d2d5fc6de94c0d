package dev.dbpatterns.querying.mybatis;

import dev.dbpatterns.querying.domain.Author;
import dev.dbpatterns.querying.domain.AuthorBookCount;
import java.util.List;

/** The SQL for authors; the statements are in AuthorMapper.xml. */
public interface AuthorMapper {
    List<Author> all();

    List<Author> named(String name);

    List<AuthorBookCount> withAtLeast(int books);

    List<Author> reviewed();

    /** One joined SELECT; the result map folds the rows into authors with their books. */
    List<Author> withBooksJoined();

    /** One SELECT for the authors, then one per author for their books: N+1, in the XML. */
    List<Author> withBooksOneByOne();
}
