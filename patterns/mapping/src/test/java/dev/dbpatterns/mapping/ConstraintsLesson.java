package dev.dbpatterns.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.dbpatterns.kit.lesson.DatabaseTarget;
import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.DriverErrors;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.kit.lesson.SqlLog;
import dev.dbpatterns.mapping.domain.Author;
import dev.dbpatterns.mapping.domain.Bookshop;
import dev.dbpatterns.mapping.domain.Delivery;
import dev.dbpatterns.mapping.domain.DeliveryStatus;
import dev.dbpatterns.mapping.domain.DuplicateNameException;
import dev.dbpatterns.mapping.domain.MissingValueException;
import dev.dbpatterns.mapping.domain.Money;
import dev.dbpatterns.mapping.domain.StillReferencedException;
import dev.dbpatterns.mapping.domain.Tag;
import dev.dbpatterns.mapping.hibernate.HibernateBookshop;
import dev.dbpatterns.mapping.hibernate.HibernateSetup;
import dev.dbpatterns.mapping.mybatis.MyBatisBookshop;
import dev.dbpatterns.mapping.mybatis.MyBatisSetup;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The Errors translators turn what the database said into the domain's exceptions. What it said
 * differs: PostgreSQL and H2 give each violation its own SQLState, MariaDB gives all of them 23000
 * and tells them apart by its error code. And Hibernate refuses a null before the database can.
 */
@DatabaseTest
@DisplayName("Constraints: what each database says, and the domain exception it becomes")
class ConstraintsLesson {
    private Bookshop mybatis;
    private Bookshop hibernate;
    private LessonDatabase db;

    @BeforeEach
    void setUp(LessonDatabase db) {
        this.db = db;
        Shelf.empty(db);
        mybatis = new MyBatisBookshop(db.shared("mybatis", MyBatisSetup::sqlSessionFactory));
        hibernate = new HibernateBookshop(db.shared("hibernate", HibernateSetup::sessionFactory));
    }

    /** The standard SQLState on H2 and PostgreSQL; on MariaDB 23000 and its own error code. */
    private void assertSaid(Throwable domainException, String standardState, int mariadbCode) {
        SQLException said = DriverErrors.sqlException(domainException);
        if (db.target() == DatabaseTarget.MARIADB) {
            assertThat(said.getSQLState()).isEqualTo("23000");
            assertThat(said.getErrorCode()).isEqualTo(mariadbCode);
        } else {
            assertThat(said.getSQLState()).isEqualTo(standardState);
        }
    }

    // tag::what-the-database-said[]
    @Test
    @DisplayName("UNIQUE: 23505 (MariaDB 23000, code 1062) → DuplicateNameException")
    void unique() {
        mybatis.add(new Author("Homer"));

        Throwable thrown = catchThrowable(() -> mybatis.add(new Author("Homer")));

        assertThat(thrown).isInstanceOf(DuplicateNameException.class);
        assertSaid(thrown, "23505", 1062);
    }

    @Test
    @DisplayName("FOREIGN KEY: 23503 (MariaDB 23000, code 1451) → StillReferencedException")
    void foreignKey() {
        Tag classic = mybatis.add(new Tag("classic"));
        Author homer = new Author("Homer");
        homer.write("978-0-14-026886-7", "The Odyssey", Money.of("12.00", "GBP")).tag(classic);
        mybatis.add(homer);

        Throwable thrown = catchThrowable(() -> mybatis.deleteTag("classic"));

        assertThat(thrown).isInstanceOf(StillReferencedException.class);
        assertSaid(thrown, "23503", 1451);
    }

    @Test
    @DisplayName("NOT NULL with MyBatis: the INSERT is sent, and the database refuses it: 23502 (MariaDB 23000, code 1048)")
    void notNullByTheDatabase(SqlLog sql) {
        Throwable thrown = catchThrowable(() -> mybatis.add(new Author(null)));

        assertThat(thrown).isInstanceOf(MissingValueException.class);
        assertSaid(thrown, "23502", 1048);
        assertThat(sql.statements().get(0).failed()).isTrue();
    }
    // end::what-the-database-said[]

    // tag::too-long[]
    @Test
    @DisplayName("a 41-character supplier in varchar(40): refused, 22001, by every database in both styles (MariaDB in its default strict mode)")
    void tooLongForItsColumn() {
        String fortyOne = "Société des Éditions du Quai des Orfèvres";
        assertThat(fortyOne).hasSize(41);

        for (Bookshop shop : new Bookshop[] {mybatis, hibernate}) {
            Delivery delivery = new Delivery(UUID.randomUUID(), fortyOne, 1, BigDecimal.ONE, LocalDate.of(2026, 1, 5),
                    Instant.parse("2026-01-05T10:00:00Z"), OffsetDateTime.parse("2026-01-05T10:00:00Z"),
                    LocalDateTime.of(2026, 1, 5, 10, 0), DeliveryStatus.ORDERED, false);

            Throwable thrown = catchThrowable(() -> shop.add(delivery));

            assertThat(DriverErrors.sqlState(thrown)).as(shop.getClass().getSimpleName()).isEqualTo("22001");
        }
        assertThat(db.rowCount("delivery")).isZero();
    }
    // end::too-long[]

    // tag::hibernate-null-check[]
    @Test
    @DisplayName("NOT NULL with Hibernate: refused before any SQL, from the mapping's nullable = false")
    void notNullByHibernate(SqlLog sql) {
        Throwable thrown = catchThrowable(() -> hibernate.add(new Author(null)));

        assertThat(thrown).isInstanceOf(MissingValueException.class).hasMessageContaining("name");
        assertThat(thrown).hasRootCauseInstanceOf(org.hibernate.PropertyValueException.class);
        sql.expect().inserts(0);
    }
    // end::hibernate-null-check[]
}
