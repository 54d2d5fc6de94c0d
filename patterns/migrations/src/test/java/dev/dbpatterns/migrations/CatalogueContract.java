package dev.dbpatterns.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.migrations.domain.Book;
import dev.dbpatterns.migrations.domain.Catalogue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The catalogue of the current release, in one style, on the schema the module's migrations make
 * (V1 and V2, run by lesson-kit before the class): what every release must keep doing.
 */
@DatabaseTest
abstract class CatalogueContract {
    protected LessonDatabase db;

    /** The catalogue of this style on the class's database. */
    protected abstract Catalogue catalogue();

    @BeforeEach
    void setUp(LessonDatabase db) {
        this.db = db;
        db.update("delete from book");
    }

    @Test
    @DisplayName("a book added is found by its ISBN, on the shelf it was given")
    void addsAndFinds() {
        long id = catalogue().add(new Book("978-0262033848", "Introduction to Algorithms", "computing"));

        Book found = catalogue().byIsbn("978-0262033848").orElseThrow();
        assertThat(found.id()).isEqualTo(id);
        assertThat(found.title()).isEqualTo("Introduction to Algorithms");
        assertThat(found.shelf()).isEqualTo("computing");
        assertThat(catalogue().byIsbn("000")).isEmpty();
    }

    @Test
    @DisplayName("a row written without a shelf, as the first release did, is on V2's default shelf")
    void firstReleaseRowsOnTheDefaultShelf() {
        db.insert("insert into book (isbn, title) values (?, ?)", "978-0131103627", "The C Programming Language");
        catalogue().add(new Book("978-0201633610", "Design Patterns", "computing"));

        assertThat(catalogue().onShelf("unsorted")).extracting(Book::title).containsExactly("The C Programming Language");
        assertThat(catalogue().onShelf("computing")).extracting(Book::title).containsExactly("Design Patterns");
    }
}
