package dev.dbpatterns.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.kit.lesson.SqlLog;
import dev.dbpatterns.repository.application.Catalogue;
import dev.dbpatterns.repository.application.Catalogue.Addition;
import dev.dbpatterns.repository.domain.Author;
import dev.dbpatterns.repository.domain.Authors;
import dev.dbpatterns.repository.domain.Book;
import dev.dbpatterns.repository.domain.BookSearch;
import dev.dbpatterns.repository.domain.BookSort;
import dev.dbpatterns.repository.domain.BookSort.Field;
import dev.dbpatterns.repository.domain.Books;
import dev.dbpatterns.repository.domain.DuplicateIsbnException;
import dev.dbpatterns.repository.domain.Genre;
import dev.dbpatterns.repository.domain.Page;
import dev.dbpatterns.repository.domain.PageRequest;
import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * What every Books and Authors adapter must do, on every database. A subclass per style
 * supplies the adapters; the tests are the same, so the two styles are proven to be
 * interchangeable behind the port.
 */
@DatabaseTest
abstract class BooksContract {
    private static final BookSort BY_TITLE = BookSort.by(Field.TITLE);

    protected Books books;
    protected Authors authors;
    protected Bookshelf shelf;
    protected LessonDatabase db;

    protected abstract Books books(LessonDatabase db);

    protected abstract Authors authors(LessonDatabase db);

    @BeforeEach
    void openShop(LessonDatabase db) {
        this.db = db;
        this.books = books(db);
        this.authors = authors(db);
        this.shelf = Bookshelf.restock(db);
    }

    private Book newBook(String isbn, String title) {
        return new Book(isbn, title, shelf.author("Frank Herbert"), Genre.SCIENCE_FICTION, new BigDecimal("10.00"), 1969);
    }

    @Nested
    @DisplayName("saving and finding by id")
    class SaveAndFind {
        // tag::saves-and-finds[]
        @Test
        @DisplayName("a saved book gets an id, and finding that id returns the book")
        void savesAndFindsById() {
            Book saved = books.save(newBook("978-0-00-000100-0", "Dune Messiah"));

            assertThat(saved.id()).isNotNull();
            assertThat(books.findById(saved.id())).hasValueSatisfying(found -> {
                assertThat(found.title()).isEqualTo("Dune Messiah");
                assertThat(found.isbn()).isEqualTo("978-0-00-000100-0");
                assertThat(found.authorId()).isEqualTo(shelf.author("Frank Herbert"));
                assertThat(found.genre()).isEqualTo(Genre.SCIENCE_FICTION);
                assertThat(found.price()).isEqualByComparingTo("10.00");
                assertThat(found.publishedYear()).isEqualTo(1969);
            });
        }
        // end::saves-and-finds[]

        @Test
        @DisplayName("finding an id that does not exist returns an empty Optional, not null or an exception")
        void findsNothingForUnknownId() {
            assertThat(books.findById(-1)).isEmpty();
        }

        @Test
        @DisplayName("finding by ISBN returns the one book with it, or nothing")
        void findsByIsbn() {
            assertThat(books.findByIsbn("978-0-00-000004-2")).map(Book::title).hasValue("Dune");
            assertThat(books.findByIsbn("978-9-99-999999-9")).isEmpty();
        }
    }

    @Nested
    @DisplayName("searching with conditions combined by AND and OR")
    class Search {
        @Test
        @DisplayName("the text may match the title OR the author's name")
        void textMatchesTitleOrAuthor() {
            assertThat(titles(BookSearch.everything().containing("le guin")))
                    .containsExactly("A Wizard of Earthsea", "The Dispossessed", "The Left Hand of Darkness");
            assertThat(titles(BookSearch.everything().containing("GODS"))).containsExactly("Small Gods");
        }

        @Test
        @DisplayName("a list of genres means any of them (OR)")
        void genresAreAlternatives() {
            assertThat(titles(BookSearch.everything().inGenres(Genre.HISTORY, Genre.SCIENCE_FICTION)))
                    .containsExactly("Dune", "Pompeii", "The Dispossessed", "The Left Hand of Darkness");
        }

        // tag::and-or[]
        @Test
        @DisplayName("different conditions must all hold (AND)")
        void conditionsAreCombined() {
            BookSearch search = BookSearch.everything().containing("the").inGenres(Genre.SCIENCE_FICTION)
                    .atMost(new BigDecimal("12.99"));
            assertThat(titles(search)).containsExactly("The Left Hand of Darkness");
        }
        // end::and-or[]

        @Test
        @DisplayName("a % or _ typed by a customer is a character to find, not a wildcard")
        void wildcardsAreLiteral() {
            assertThat(titles(BookSearch.everything().containing("%"))).isEmpty();
            assertThat(titles(BookSearch.everything().containing("_"))).isEmpty();
        }

        @Test
        @DisplayName("counting uses the same conditions as searching")
        void countsMatches() {
            assertThat(books.count(BookSearch.everything())).isEqualTo(Bookshelf.BOOKS);
            assertThat(books.count(BookSearch.everything().inGenres(Genre.FANTASY))).isEqualTo(3);
            assertThat(books.count(BookSearch.everything().containing("no such book"))).isZero();
        }

        private java.util.List<String> titles(BookSearch search) {
            return books.search(search, BY_TITLE, PageRequest.first(PageRequest.MAX_SIZE)).items().stream()
                    .map(Book::title).toList();
        }
    }

    @Nested
    @DisplayName("ordering and paging")
    class OrderAndPage {
        @Test
        @DisplayName("results come in the order asked for, ascending or descending")
        void orders() {
            assertThat(books.search(BookSearch.everything(), BookSort.by(Field.PRICE).descending(), PageRequest.first(3))
                    .items()).extracting(Book::title).containsExactly("Pompeii", "Dune", "The Dispossessed");
            assertThat(books.search(BookSearch.everything(), BookSort.by(Field.PUBLISHED_YEAR), PageRequest.first(2))
                    .items()).extracting(Book::title).containsExactly("Dune", "A Wizard of Earthsea");
        }

        @Test
        @DisplayName("a page holds its share of the results and knows how many there are in all")
        void pages() {
            Page<Book> first = books.search(BookSearch.everything(), BY_TITLE, new PageRequest(0, 3));
            Page<Book> last = books.search(BookSearch.everything(), BY_TITLE, new PageRequest(2, 3));

            assertThat(first.items()).extracting(Book::title).containsExactly("A Wizard of Earthsea", "Dune", "Mort");
            assertThat(last.items()).extracting(Book::title).containsExactly("The Left Hand of Darkness");
            assertThat(first.totalItems()).isEqualTo(Bookshelf.BOOKS);
            assertThat(first.totalPages()).isEqualTo(3);
        }

        @Test
        @DisplayName("a page past the end is empty, not an error")
        void pagePastTheEnd() {
            Page<Book> page = books.search(BookSearch.everything(), BY_TITLE, new PageRequest(5, 3));
            assertThat(page.items()).isEmpty();
            assertThat(page.totalItems()).isEqualTo(Bookshelf.BOOKS);
        }
    }

    @Nested
    @DisplayName("updating and deleting")
    class UpdateAndDelete {
        @Test
        @DisplayName("saving a changed book stores the change")
        void updates() {
            Book dune = books.findById(shelf.book("Dune")).orElseThrow();
            dune.reprice(new BigDecimal("11.50"));
            dune.retitle("Dune (40th anniversary edition)");

            books.save(dune);

            Book reloaded = books.findById(shelf.book("Dune")).orElseThrow();
            assertThat(reloaded.price()).isEqualByComparingTo("11.50");
            assertThat(reloaded.title()).isEqualTo("Dune (40th anniversary edition)");
            assertThat(books.count(BookSearch.everything())).isEqualTo(Bookshelf.BOOKS);
        }

        @Test
        @DisplayName("deleting removes the book and says whether there was one")
        void deletes() {
            assertThat(books.delete(shelf.book("Mort"))).isTrue();
            assertThat(books.findById(shelf.book("Mort"))).isEmpty();
            assertThat(books.delete(shelf.book("Mort"))).isFalse();
            assertThat(db.rowCount("book")).isEqualTo(Bookshelf.BOOKS - 1);
        }
    }

    @Nested
    @DisplayName("a duplicate ISBN")
    class Uniqueness {
        // tag::duplicate-isbn[]
        @Test
        @DisplayName("surfaces as DuplicateIsbnException, not as the driver's exception")
        void isADomainException() {
            assertThatThrownBy(() -> books.save(newBook("978-0-00-000004-2", "Not Dune")))
                    .isExactlyInstanceOf(DuplicateIsbnException.class)
                    .hasMessageContaining("978-0-00-000004-2");
        }
        // end::duplicate-isbn[]

        @Test
        @DisplayName("leaves the catalogue as it was")
        void changesNothing() {
            assertThatThrownBy(() -> books.save(newBook("978-0-00-000004-2", "Not Dune")))
                    .isExactlyInstanceOf(DuplicateIsbnException.class);
            assertThat(books.findByIsbn("978-0-00-000004-2")).map(Book::title).hasValue("Dune");
            assertThat(db.rowCount("book")).isEqualTo(Bookshelf.BOOKS);
        }

        @Test
        @DisplayName("is refused by the catalogue in words a bookseller understands")
        void catalogueExplains() {
            Addition result = new Catalogue(books).add(newBook("978-0-00-000004-2", "Not Dune"));
            assertThat(result).isEqualTo(new Addition.Refused("ISBN 978-0-00-000004-2 is already in the catalogue"));
        }
    }

    @Nested
    @DisplayName("the catalogue's browse page")
    class Browsing {
        @Test
        @DisplayName("sorts by the column a user chose from the allowed list")
        void sortsByUserChoice() {
            assertThat(new Catalogue(books).browse("", "price,desc", 0).items())
                    .extracting(Book::title).containsExactly("Pompeii", "Dune", "The Dispossessed");
        }

        @Test
        @DisplayName("refuses any other sort, naming the allowed ones, before any SQL is sent")
        void refusesUnknownSort(SqlLog sql) {
            assertThatThrownBy(() -> new Catalogue(books).browse("", "title; drop table book", 0))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("choose one of title, price, published_year");
            sql.expect().nothingSent();
        }
    }

    @Nested
    @DisplayName("authors with their books")
    class AuthorsWithBooks {
        @Test
        @DisplayName("come by name, each with their books by title, in a single SELECT")
        void loadInOneSelect(SqlLog sql) {
            var all = authors.findAllWithBooks();

            sql.expect("loading 4 authors with their books").selects(1);
            assertThat(all).extracting(Author::name)
                    .containsExactly("Frank Herbert", "Mary Beard", "Terry Pratchett", "Ursula K. Le Guin");
            assertThat(all.get(3).books()).extracting(Book::title)
                    .containsExactly("A Wizard of Earthsea", "The Dispossessed", "The Left Hand of Darkness");
            // From the books' end: each one names the author it was put under, none went to a neighbour.
            assertThat(all).allSatisfy(author -> assertThat(author.books()).isNotEmpty()
                    .extracting(Book::authorId).containsOnly(author.id()));
        }

        @Test
        @DisplayName("a new author has no books until one names them")
        void newAuthorHasNoBooks() {
            Author saved = authors.save(new Author("Octavia E. Butler"));

            assertThat(saved.id()).isNotNull();
            assertThat(authors.findAllWithBooks())
                    .filteredOn(author -> author.id().equals(saved.id()))
                    .singleElement()
                    .satisfies(author -> assertThat(author.books()).isEmpty());
        }
    }
}
