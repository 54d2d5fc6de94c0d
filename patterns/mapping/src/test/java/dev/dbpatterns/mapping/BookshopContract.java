package dev.dbpatterns.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.mapping.application.SignAuthor;
import dev.dbpatterns.mapping.domain.Author;
import dev.dbpatterns.mapping.domain.Book;
import dev.dbpatterns.mapping.domain.Bookshop;
import dev.dbpatterns.mapping.domain.Delivery;
import dev.dbpatterns.mapping.domain.DeliveryStatus;
import dev.dbpatterns.mapping.domain.DuplicateNameException;
import dev.dbpatterns.mapping.domain.MissingValueException;
import dev.dbpatterns.mapping.domain.Money;
import dev.dbpatterns.mapping.domain.StillReferencedException;
import dev.dbpatterns.mapping.domain.Tag;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * What every Bookshop adapter must do, on every database: a subclass per style supplies the
 * adapter, the tests are the same, so the two mappings are proven to store and load the same rows.
 */
@DatabaseTest
abstract class BookshopContract {
    protected Bookshop shop;
    protected LessonDatabase db;
    private Tag fantasy;
    private Tag classic;

    protected abstract Bookshop bookshop(LessonDatabase db);

    @BeforeEach
    void openShop(LessonDatabase db) {
        this.db = db;
        Shelf.empty(db);
        this.shop = bookshop(db);
        this.fantasy = shop.add(new Tag("fantasy"));
        this.classic = shop.add(new Tag("classic"));
    }

    static Delivery delivery(UUID id, String unitCost) {
        return new Delivery(id, "Éditions Gallimard", 12, new BigDecimal(unitCost), LocalDate.of(2026, 3, 1),
                Instant.parse("2026-03-01T09:15:30.123456Z"), OffsetDateTime.of(2026, 3, 1, 9, 20, 0, 0, ZoneOffset.UTC),
                LocalDateTime.of(2026, 3, 2, 8, 0), DeliveryStatus.RETURNED, true);
    }

    @Nested
    @DisplayName("typed columns")
    class TypedColumns {
        // tag::round-trip[]
        @Test
        @DisplayName("a uuid, a bounded string, an int, money, a date, instants, a local date-time, an enum and a boolean round-trip exactly")
        void roundTrip() {
            Delivery saved = shop.add(delivery(UUID.randomUUID(), "7.50"));

            Delivery found = shop.findDelivery(saved.id()).orElseThrow();

            // An OffsetDateTime comes back as the same moment; which offset it carries differs by
            // database and style, and TimeZonesLesson asserts each.
            assertThat(found).isNotSameAs(saved).usingRecursiveComparison()
                    .withComparatorForType(Comparator.comparing(OffsetDateTime::toInstant), OffsetDateTime.class)
                    .isEqualTo(saved);
        }
        // end::round-trip[]

        @Test
        @DisplayName("money comes back at the column's scale: 7.5 is read as 7.50, equal by compareTo, not by equals")
        void moneyTakesTheColumnsScale() {
            Delivery saved = shop.add(delivery(UUID.randomUUID(), "7.5"));

            BigDecimal read = shop.findDelivery(saved.id()).orElseThrow().unitCost();

            assertThat(read).isEqualTo(new BigDecimal("7.50")).isNotEqualTo(saved.unitCost()).isEqualByComparingTo("7.5");
        }

        @Test
        @DisplayName("an unknown id finds nothing")
        void unknownId() {
            assertThat(shop.findDelivery(UUID.randomUUID())).isEmpty();
        }
    }

    @Nested
    @DisplayName("an author and their books, both ends")
    class Associations {
        // tag::both-ends-found[]
        @Test
        @DisplayName("an author saved with books and tags is found with each book naming that very author")
        void foundFromBothEnds() {
            Author saved = shop.add(Shelf.leGuin(fantasy, classic));

            Author found = shop.findAuthor(saved.id()).orElseThrow();

            assertThat(found.name()).isEqualTo("Ursula K. Le Guin");
            assertThat(found.books()).extracting(Book::title).containsExactly("A Wizard of Earthsea", "The Farthest Shore");
            assertThat(found.books()).allSatisfy(book -> assertThat(book.author()).isSameAs(found));
            assertThat(found.books().get(0).tags()).extracting(Tag::name).containsExactly("classic", "fantasy");
            assertThat(found.books().get(1).tags()).extracting(Tag::name).containsExactly("fantasy");
            assertThat(found.books().get(0).price()).isEqualTo(Money.of("9.99", "EUR"));
        }
        // end::both-ends-found[]

        @Test
        @DisplayName("a saved author, their books and their tagging are rows: 1 author, 2 books, 3 book_tag")
        void savedAsRows() {
            shop.add(Shelf.leGuin(fantasy, classic));

            assertThat(db.rowCount("author")).isEqualTo(1);
            assertThat(db.rowCount("book")).isEqualTo(2);
            assertThat(db.rowCount("book_tag")).isEqualTo(3);
        }

        @Test
        @DisplayName("withdrawing a book deletes it and its tagging, not the tags, and the author no longer lists it")
        void withdraw() {
            Author saved = shop.add(Shelf.leGuin(fantasy, classic));

            shop.withdraw(saved.id(), "978-0-00-000001-1");

            assertThat(shop.findAuthor(saved.id()).orElseThrow().books()).extracting(Book::title)
                    .containsExactly("The Farthest Shore");
            assertThat(db.rowCount("book_tag")).isEqualTo(1);
            assertThat(db.rowCount("tag")).isEqualTo(2);
        }

        @Test
        @DisplayName("in memory, withdrawing takes the book off the author and the author off the book")
        void bothEndsInMemory() {
            Author leGuin = Shelf.leGuin(fantasy, classic);
            Book wizard = leGuin.books().get(0);

            leGuin.withdraw(wizard);

            assertThat(leGuin.books()).doesNotContain(wizard).hasSize(1);
            assertThat(wizard.author()).isNull();
        }
    }

    @Nested
    @DisplayName("defaults and generated values")
    class Defaults {
        @Test
        @DisplayName("in_print is the Java default (true); edition is the database's (1), unknown until the row is read")
        void javaAndDatabaseDefaults() {
            Author saved = shop.add(Shelf.leGuin(fantasy, classic));
            Book sent = saved.books().get(0);

            assertThat(sent.inPrint()).isTrue();
            assertThat(sent.edition()).isNull();
            assertThat(shop.findAuthor(saved.id()).orElseThrow().books())
                    .allSatisfy(book -> assertThat(book.edition()).isEqualTo(1));
        }

        @Test
        @DisplayName("identity ids are known once the row is inserted; tag ids come from the sequence")
        void generatedIds() {
            Author saved = shop.add(Shelf.leGuin(fantasy, classic));

            assertThat(saved.id()).isPositive();
            assertThat(saved.books()).extracting(Book::id).doesNotContainNull().doesNotHaveDuplicates();
            assertThat(fantasy.id()).isPositive().isNotEqualTo(classic.id());
        }
    }

    @Nested
    @DisplayName("constraints, as the domain's exceptions")
    class Constraints {
        // tag::constraints[]
        @Test
        @DisplayName("a second author of the same name: UNIQUE → DuplicateNameException, nothing written")
        void unique() {
            shop.add(new Author("Ursula K. Le Guin"));

            assertThatThrownBy(() -> shop.add(Shelf.leGuin(fantasy, classic)))
                    .isExactlyInstanceOf(DuplicateNameException.class);
            assertThat(db.rowCount("author")).isEqualTo(1);
            assertThat(db.rowCount("book")).isZero();
        }

        @Test
        @DisplayName("deleting a tag a book carries: FOREIGN KEY → StillReferencedException, the tag stays")
        void foreignKey() {
            shop.add(Shelf.leGuin(fantasy, classic));

            assertThatThrownBy(() -> shop.deleteTag("classic")).isExactlyInstanceOf(StillReferencedException.class);
            assertThat(db.rowCount("tag")).isEqualTo(2);
        }

        @Test
        @DisplayName("an author without a name: NOT NULL → MissingValueException")
        void notNull() {
            assertThatThrownBy(() -> shop.add(new Author(null))).isExactlyInstanceOf(MissingValueException.class);
            assertThat(db.rowCount("author")).isZero();
        }
        // end::constraints[]

        @Test
        @DisplayName("a tag no book carries is deleted")
        void unusedTagDeletes() {
            shop.deleteTag("classic");

            assertThat(db.queryForList(String.class, "select name from tag")).containsExactly("fantasy");
        }

        @Test
        @DisplayName("the use case refuses a taken name in a bookseller's words")
        void useCaseExplains() {
            SignAuthor signing = new SignAuthor(shop);
            assertThat(signing.sign("Terry Pratchett", "978-0-00-000005-9", "Mort", Money.of("7.99", "GBP"), fantasy))
                    .isInstanceOf(SignAuthor.Result.Signed.class);

            assertThat(signing.sign("Terry Pratchett", "978-0-00-000006-6", "Small Gods", Money.of("8.99", "GBP")))
                    .isEqualTo(new SignAuthor.Result.Refused("An author called Terry Pratchett is already signed"));
        }
    }
}
