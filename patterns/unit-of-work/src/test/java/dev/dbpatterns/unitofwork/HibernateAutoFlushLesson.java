package dev.dbpatterns.unitofwork;

import static dev.dbpatterns.kit.lesson.SentStatement.Kind.COMMIT;
import static dev.dbpatterns.kit.lesson.SentStatement.Kind.SELECT;
import static dev.dbpatterns.kit.lesson.SentStatement.Kind.UPDATE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.kit.lesson.SentStatement;
import dev.dbpatterns.kit.lesson.SqlLog;
import dev.dbpatterns.unitofwork.domain.Book;
import dev.dbpatterns.unitofwork.domain.Customer;
import dev.dbpatterns.unitofwork.hibernate.HibernateSetup;
import java.util.List;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Write-behind has a catch: a query goes to the database, which has not seen the changes still
 * queued in the session. With FlushMode.AUTO (the default) Hibernate flushes first, but only when
 * the query reads a table with queued changes. COMMIT skips that flush: the query may miss this
 * session's own changes. MANUAL writes nothing until flush() is called, not even at commit.
 */
@DatabaseTest
@DisplayName("Hibernate: a query flushes the changes it would miss (FlushMode.AUTO); COMMIT and MANUAL do not")
class HibernateAutoFlushLesson {
    private static final long COPIES_IN_THE_SHOP = 5 + 3 + 1 + 10 + 4;

    private SessionFactory sessions;
    private Shop shop;

    @BeforeEach
    void setUp(LessonDatabase db) {
        this.sessions = db.shared("hibernate", HibernateSetup::sessionFactory);
        this.shop = Shop.restock(db);
    }

    private long copiesInStock(Session session) {
        return session.createSelectionQuery("select sum(b.inStock) from Book b", Long.class).getSingleResult();
    }

    private void takeTwoDunes(Session session) {
        session.find(Book.class, shop.id(Shop.DUNE)).take(2);
    }

    private static List<SentStatement.Kind> kinds(SqlLog sql) {
        return sql.statements().stream().map(SentStatement::kind).toList();
    }

    @Test
    @DisplayName("AUTO: a query on the book table sends the queued UPDATE first, so it counts the copies just taken")
    void autoFlushBeforeARelatedQuery(SqlLog sql) {
        // tag::auto-flush[]
        sessions.inTransaction(session -> {
            takeTwoDunes(session);
            assertThat(copiesInStock(session)).isEqualTo(COPIES_IN_THE_SHOP - 2);
        });
        assertThat(kinds(sql)).as("find, the flushed UPDATE, the query, commit")
                .isEqualTo(List.of(SELECT, UPDATE, SELECT, COMMIT));
        // end::auto-flush[]
    }

    @Test
    @DisplayName("AUTO: a query on another table leaves the UPDATE queued until the commit")
    void noFlushForAnUnrelatedQuery(SqlLog sql) {
        sessions.inTransaction(session -> {
            takeTwoDunes(session);
            session.createSelectionQuery("from Customer order by name", Customer.class).getResultList();
        });
        assertThat(kinds(sql)).isEqualTo(List.of(SELECT, SELECT, UPDATE, COMMIT));
    }

    @Test
    @DisplayName("COMMIT: the query runs first and counts the copies the table still has")
    void flushModeCommitMissesOwnChanges(SqlLog sql) {
        sessions.inTransaction(session -> {
            session.setHibernateFlushMode(FlushMode.COMMIT);
            takeTwoDunes(session);
            assertThat(copiesInStock(session)).as("this session's own change is not counted").isEqualTo(COPIES_IN_THE_SHOP);
        });
        assertThat(kinds(sql)).isEqualTo(List.of(SELECT, SELECT, UPDATE, COMMIT));
        assertThat(shop.inStock(Shop.DUNE)).isEqualTo(3);
    }

    @Test
    @DisplayName("MANUAL: nothing is written unless flush() is called, not even at commit")
    void flushModeManualWritesNothing(SqlLog sql) {
        sessions.inTransaction(session -> {
            session.setHibernateFlushMode(FlushMode.MANUAL);
            takeTwoDunes(session);
        });
        sql.expect("find, then a commit with nothing in it").updates(0).commits(1);
        assertThat(shop.inStock(Shop.DUNE)).as("the change was dropped with the session").isEqualTo(5);
    }
}
