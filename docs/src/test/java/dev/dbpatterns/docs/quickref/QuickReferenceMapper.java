package dev.dbpatterns.docs.quickref;

import dev.dbpatterns.repository.domain.Book;
import dev.dbpatterns.repository.domain.Genre;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The everyday reads of the quick reference, in MyBatis; the SQL is in QuickReferenceMapper.xml.
 * Parameters are bound by their names, which the compiler keeps (-parameters).
 */
public interface QuickReferenceMapper {
    List<Book> findAll();

    List<Book> findByGenre(Genre genre);

    List<Book> findInGenreOlderOrCheaper(Genre genre, int year, BigDecimal price);

    // MyBatis wraps a single row, or none, in an Optional when the method asks for one.
    Optional<Book> findByIsbn(String isbn);

    long countByGenre(Genre genre);

    List<TitleAndAuthor> titlesWithAuthors(Genre genre);

    List<Book> mostExpensive(int limit);
}
