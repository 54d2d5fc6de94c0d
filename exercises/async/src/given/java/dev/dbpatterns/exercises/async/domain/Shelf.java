package dev.dbpatterns.exercises.async.domain;

import java.util.List;

/**
 * The three queries a page of books needs, each a call of its own: each borrows a connection for the time of its
 * query and gives it back before it returns, so the three can run at once, each on a thread of its own. None of
 * them takes an empty list.
 */
public interface Shelf {

    /** The books with these ids, by id; an id with no book is left out. */
    List<Book> books(List<Long> bookIds);

    /** The reviews of these books, oldest (lowest id) first. */
    List<Review> reviews(List<Long> bookIds);

    /** The warehouse's count of these books: a row for each book it holds. Counting can take a while. */
    List<Stock> stock(List<Long> bookIds);
}
