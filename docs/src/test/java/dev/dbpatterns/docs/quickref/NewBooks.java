package dev.dbpatterns.docs.quickref;

import dev.dbpatterns.repository.domain.Book;
import dev.dbpatterns.repository.domain.Genre;
import java.math.BigDecimal;
import java.util.List;

/** Books the writing examples add to the shelf; each call makes new objects with no id yet. */
final class NewBooks {
    private final long herbert;

    NewBooks(Shelf shelf) {
        this.herbert = shelf.author("Frank Herbert");
    }

    Book sequel() {
        return book("978-0-00-000100-0", "Dune Messiah", 1969);
    }

    /** Collides with Dune on the unique ISBN: the insert fails. */
    Book sameIsbnAsDune() {
        return book("978-0-00-000004-2", "Not Dune", 1970);
    }

    List<Book> three() {
        return List.of(sequel(), book("978-0-00-000101-7", "Children of Dune", 1976),
                book("978-0-00-000102-4", "God Emperor of Dune", 1981));
    }

    private Book book(String isbn, String title, int year) {
        return new Book(isbn, title, herbert, Genre.SCIENCE_FICTION, new BigDecimal("10.00"), year);
    }
}
