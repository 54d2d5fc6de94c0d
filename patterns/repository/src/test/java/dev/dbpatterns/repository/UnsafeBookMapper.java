package dev.dbpatterns.repository;

import dev.dbpatterns.repository.domain.Book;
import java.util.List;

/**
 * How NOT to write a mapper, kept in the tests so it can never ship: both statements paste the
 * caller's text into the SQL with ${}. See UnsafeBookMapper.xml and SqlInjectionLesson.
 */
interface UnsafeBookMapper {
    List<Book> findByTitlePasted(String title);

    List<Book> findAllSortedBy(String column);
}
