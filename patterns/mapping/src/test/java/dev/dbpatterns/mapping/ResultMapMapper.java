package dev.dbpatterns.mapping;

import dev.dbpatterns.mapping.domain.Author;
import dev.dbpatterns.mapping.domain.Book;
import java.util.List;

/** Result maps written the ways that go wrong, beside the ways that work, for MyBatisResultMapLesson. */
interface ResultMapMapper {
    List<Book> booksWithTagsById(long authorId);

    List<Book> booksWithTagsWithoutId(long authorId);

    Author authorWithBooksUnprefixed(long authorId);

    Author authorAutoMapped(long authorId);

    Author authorAutoMappedOn(long authorId);

    /** Names edition in the INSERT, so a null is sent as NULL instead of leaving the default to the database. */
    void insertBookNamingEdition(Book book);
}
