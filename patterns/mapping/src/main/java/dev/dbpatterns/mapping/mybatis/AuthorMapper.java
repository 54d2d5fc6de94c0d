package dev.dbpatterns.mapping.mybatis;

import dev.dbpatterns.mapping.domain.Author;
import dev.dbpatterns.mapping.domain.Book;
import org.apache.ibatis.annotations.Param;

/** Authors, their books and the books' tagging: every row written by a statement of its own. SQL in AuthorMapper.xml. */
public interface AuthorMapper {
    void insertAuthor(Author author);

    void insertBook(Book book);

    void insertTagging(@Param("bookId") long bookId, @Param("tagId") long tagId);

    Author findWithBooks(long id);

    Long findBookId(@Param("authorId") long authorId, @Param("isbn") String isbn);

    int deleteTaggings(long bookId);

    int deleteBook(long bookId);
}
