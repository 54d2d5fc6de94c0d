package dev.dbpatterns.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.kit.lesson.SentStatement.Kind;
import dev.dbpatterns.kit.lesson.SqlLog;
import dev.dbpatterns.mapping.domain.Author;
import dev.dbpatterns.mapping.domain.Tag;
import dev.dbpatterns.mapping.hibernate.HibernateSetup;
import java.util.List;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Who chooses the id decides when Hibernate can send the INSERT. An identity column gives the id
 * only by running the INSERT, so persist() runs it at once, alone; a sequence gives the id first,
 * so the INSERTs wait for the flush and go as one JDBC batch (hibernate.jdbc.batch_size is set).
 */
@DatabaseTest
@DisplayName("Hibernate: identity ids cost the batching that sequence ids allow")
class HibernateGeneratedIdsLesson {
    private SessionFactory sessions;

    @BeforeEach
    void setUp(LessonDatabase db) {
        Shelf.empty(db);
        sessions = db.shared("hibernate", HibernateSetup::sessionFactory);
    }

    // tag::identity[]
    @Test
    @DisplayName("three authors (identity): each INSERT is sent by persist itself, alone, before any flush")
    void identityInsertsAtPersist(SqlLog sql) {
        sessions.inTransaction(session -> {
            for (String name : List.of("Ursula K. Le Guin", "Terry Pratchett", "Mary Beard")) {
                session.persist(new Author(name));
            }
            sql.expect("three persists, no flush yet").inserts(3).batches(0);
        });
        sql.expect("after the commit").inserts(3).batches(0).commits(1);
    }
    // end::identity[]

    // tag::sequence[]
    @Test
    @DisplayName("three tags (sequence): persist only reads the sequence; the INSERTs go at the flush, as one batch")
    void sequenceInsertsBatchAtFlush(SqlLog sql) {
        sessions.inTransaction(session -> {
            for (String name : List.of("fantasy", "classic", "satire")) {
                session.persist(new Tag(name));
            }
            sql.expect("three persists, no flush yet").inserts(0);
        });
        sql.expect("after the commit").inserts(3).batches(1).commits(1);
        // A fresh pooled optimizer reads the sequence once, or twice when the sequence is new (its
        // first value, 1, says only where the first block ends); then it serves 50 ids from memory.
        assertThat(sql.count(Kind.SELECT)).isBetween(1, 2);
    }

    @Test
    @DisplayName("the next three tags need no SELECT at all: the block of 50 ids is still in memory")
    void sequenceBlockServesLaterTags(SqlLog sql) {
        sessions.inTransaction(session -> session.persist(new Tag("poetry")));
        sql.reset();

        sessions.inTransaction(session -> List.of("history", "essays", "drama").forEach(name -> session.persist(new Tag(name))));

        sql.expect().selects(0).inserts(3).batches(1);
    }
    // end::sequence[]
}
