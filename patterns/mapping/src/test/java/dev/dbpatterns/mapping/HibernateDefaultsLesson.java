package dev.dbpatterns.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dbpatterns.kit.lesson.DatabaseTarget;
import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.kit.lesson.SentStatement;
import dev.dbpatterns.kit.lesson.SqlLog;
import dev.dbpatterns.mapping.domain.Author;
import dev.dbpatterns.mapping.domain.Book;
import dev.dbpatterns.mapping.domain.Money;
import dev.dbpatterns.mapping.hibernate.HibernateSetup;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * book.in_print and book.edition both have a database default. The domain's Book gives in_print a
 * Java default instead, and leaves edition out of its INSERT (insertable = false); a Hibernate-only
 * mapping, {@code @Generated}, leaves both out and reads back what the database chose.
 */
@DatabaseTest
@DisplayName("Hibernate: a Java default is sent, a database default is left out and must be read back")
class HibernateDefaultsLesson {
    private SessionFactory sessions;
    private LessonDatabase db;

    @BeforeEach
    void setUp(LessonDatabase db) {
        this.db = db;
        Shelf.empty(db);
        sessions = db.shared("hibernate-generated", dataSource ->
                HibernateSetup.sessionFactory(dataSource, Map.of(), List.of(GeneratedEdition.class)));
    }

    private static SentStatement insertInto(SqlLog sql, String table) {
        return sql.statements().stream().filter(s -> s.summary().startsWith("insert " + table)).findFirst().orElseThrow();
    }

    // tag::java-default[]
    @Test
    @DisplayName("the INSERT names in_print with the Java default, true, and leaves edition to the database")
    void insertSendsTheJavaDefault(SqlLog sql) {
        Author author = new Author("Ursula K. Le Guin");
        Book book = author.write("978-0-00-000001-1", "A Wizard of Earthsea", Money.of("9.99", "EUR"));

        sessions.inTransaction(session -> session.persist(author));

        String insert = insertInto(sql, "book").sql();
        assertThat(insert).contains("in_print").doesNotContain("edition");
        assertThat(insertInto(sql, "book").parameterSets().get(0)).contains(true);
        assertThat(book.edition()).as("nothing read the database's edition back").isNull();
        assertThat(db.queryForLong("select edition from book where id = ?", book.id())).isEqualTo(1);
    }
    // end::java-default[]

    @Test
    @DisplayName("refresh reads the row again, and with it the database's edition: one SELECT")
    void refreshReadsTheDefault(SqlLog sql) {
        Author author = new Author("Ursula K. Le Guin");
        Book book = author.write("978-0-00-000001-1", "A Wizard of Earthsea", Money.of("9.99", "EUR"));

        sessions.inTransaction(session -> {
            session.persist(author);
            session.flush();
            sql.reset();
            session.refresh(book);
        });

        sql.expect("the refresh").selects(1);
        assertThat(book.edition()).isEqualTo(1);
    }

    // tag::generated-read-back[]
    @Test
    @DisplayName("@Generated leaves both columns out of the INSERT and reads back what the database chose")
    void generatedReadsBack(SqlLog sql) {
        long author = db.insert("insert into author (name) values ('Ursula K. Le Guin')");
        GeneratedEdition book = new GeneratedEdition();
        book.authorId = author;
        book.isbn = "978-0-00-000001-1";
        book.title = "A Wizard of Earthsea";
        book.priceAmount = new BigDecimal("9.99");
        book.priceCurrency = "EUR";

        sessions.inTransaction(session -> session.persist(book));

        String insert = insertInto(sql, "book").sql();
        assertThat(insert.substring(0, insert.indexOf(" values"))).doesNotContain("in_print").doesNotContain("edition");
        assertThat(book.edition).isEqualTo(1);
        assertThat(book.inPrint).isTrue();
        // No SELECT after the INSERT on any target. PostgreSQL and MariaDB (10.5+) return the values
        // from the INSERT itself, which Hibernate extends with "returning"; on H2 the driver hands
        // them over with the generated keys, and the SQL says nothing of it.
        sql.expect().inserts(1).selects(0);
        assertThat(insert.endsWith("returning id,edition,in_print")).isEqualTo(db.target() != DatabaseTarget.H2);
    }
    // end::generated-read-back[]
}
