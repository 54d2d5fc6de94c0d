package dev.dbpatterns.querying;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.kit.lesson.SqlLog;
import dev.dbpatterns.querying.domain.BookLine;
import dev.dbpatterns.querying.hibernate.HibernateSetup;
import java.util.List;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The same join read two ways. Into records: two columns a row, nothing for the session to
 * track. Into entities: every column of both tables, and each book and author managed (watched
 * for changes, kept until the session ends).
 */
@DatabaseTest
@DisplayName("Hibernate: a join into records leaves the session empty; into entities it fills it")
class HibernateProjectionLesson {
    private SessionFactory sessions;

    @BeforeEach
    void setUp(LessonDatabase db) {
        this.sessions = db.shared("hibernate", HibernateSetup::sessionFactory);
        Bookshelf.restock(db);
    }

    @Test
    @DisplayName("into records: ten BookLines, no entity in the session")
    void intoRecords(SqlLog sql) {
        int managed = sessions.fromSession(session -> {
            List<BookLine> lines = session.createSelectionQuery(
                    "select b.title, a.name from Book b join Author a on a.id = b.authorId", BookLine.class)
                    .getResultList();
            assertThat(lines).hasSize(Bookshelf.BOOKS);
            return session.getStatistics().getEntityCount();
        });
        sql.expect().selects(1);
        assertThat(managed).isZero();
    }

    @Test
    @DisplayName("into entities: the same rows as ten books and four authors, fourteen entities managed")
    void intoEntities(SqlLog sql) {
        int managed = sessions.fromSession(session -> {
            List<Object[]> pairs = session.createSelectionQuery(
                    "select b, a from Book b join Author a on a.id = b.authorId", Object[].class).getResultList();
            assertThat(pairs).hasSize(Bookshelf.BOOKS);
            return session.getStatistics().getEntityCount();
        });
        sql.expect().selects(1);
        assertThat(managed).isEqualTo(Bookshelf.BOOKS + Bookshelf.AUTHORS);
    }
}
