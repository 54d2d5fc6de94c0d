package dev.dbpatterns.exercises.requestscope;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.kit.lesson.Workers;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Your LendTitles behind POST /readers/{reader}/loans, over real HTTP: the checks before the desk is touched, one
 * transaction for the whole loan, and the desk's session closed however the request ends. Subclasses pick the style.
 */
@DatabaseTest
abstract class LendingContract {
    private LessonDatabase db;
    private DeskServer server;
    private Shelf shelf;
    private long walden;

    protected abstract DeskStyle style(DataSource pool);

    @BeforeEach
    void start(LessonDatabase db) throws SQLException {
        this.db = db;
        this.server = DeskServer.of(db, this::style);
        this.shelf = Shelf.stocked(db);
        this.walden = db.insert("insert into title (name, copies) values (?, ?)", "Walden", 2);
        server.leases.restart();
        db.sql().reset();
    }

    private HttpResponse<String> lend(long... titleIds) {
        return server.post("/readers/bea/loans", Shelf.loan(titleIds));
    }

    private void everythingGivenBack(long sessionsOpenedBefore, long sessionsClosedBefore) throws Exception {
        Workers.until(() -> "the request's session closed", () -> server.style.sessionsClosed() - sessionsClosedBefore
                == server.style.sessionsOpened() - sessionsOpenedBefore);
        Workers.until(() -> "every connection back in the pool", () -> db.activeConnections() == 0);
    }

    @Test
    @DisplayName("three titles lent in one request are a 201 that lists them: the loans and the copies taken committed,"
            + " with one session for the loan and the list that follows it")
    void lendsInOneTransaction() throws Exception {
        long opened = server.style.sessionsOpened();
        long closed = server.style.sessionsClosed();

        HttpResponse<String> lent = lend(shelf.dune, shelf.emma, walden);

        assertThat(lent.statusCode()).as("the loan: %s", lent.body()).isEqualTo(201);
        assertThat(lent.body()).contains("\"lent\":3", "\"onLoan\":[\"Dune\",\"Emma\",\"Walden\"]");
        assertThat(Shelf.loans(db, "bea")).as("Bea's loans").isEqualTo(3);
        assertThat(db.queryForList(Long.class, "select copies from title where id in (?, ?, ?) order by id",
                shelf.dune, shelf.emma, walden)).as("copies left of Dune, Emma, Walden").containsExactly(3L, 0L, 1L);
        assertThat(server.style.sessionsOpened() - opened).as("sessions for one request with two use cases").isEqualTo(1);
        everythingGivenBack(opened, closed);
    }

    @Test
    @DisplayName("a loan whose second title has no copy left is a 409 and leaves nothing behind: no loan, Dune's copies"
            + " untouched, the session closed")
    void aLoanFailingHalfWayLeavesNothing() throws Exception {
        long opened = server.style.sessionsOpened();
        long closed = server.style.sessionsClosed();

        HttpResponse<String> refused = lend(shelf.dune, shelf.ulysses);

        assertThat(refused.statusCode()).as("the loan: %s", refused.body()).isEqualTo(409);
        assertThat(refused.body()).contains("NoCopyLeftException");
        assertThat(Shelf.loans(db, "bea")).as("Bea's loans: the first title's loan rolled back with the second").isZero();
        assertThat(Shelf.copies(db, shelf.dune)).as("Dune's copies").isEqualTo(4);
        everythingGivenBack(opened, closed);
    }

    @Test
    @DisplayName("a loan of a title that does not exist fails on the foreign key, a 500 the handler throws: nothing kept,"
            + " the session closed, the connection back")
    void aLoanTheDatabaseRefusesLeavesNothing() throws Exception {
        long opened = server.style.sessionsOpened();
        long closed = server.style.sessionsClosed();

        HttpResponse<String> failed = lend(shelf.emma, shelf.missing);

        assertThat(failed.statusCode()).as("the loan: %s", failed.body()).isEqualTo(500);
        assertThat(Shelf.loans(db, "bea")).as("Bea's loans").isZero();
        assertThat(Shelf.copies(db, shelf.emma)).as("Emma's copies").isEqualTo(1);
        assertThat(server.style.sessionsOpened() - opened).as("sessions for the request").isEqualTo(1);
        everythingGivenBack(opened, closed);
    }

    @Test
    @DisplayName("no title, four titles, a title twice, and no list at all are 400s: no session opened, no connection"
            + " borrowed, no SQL sent")
    void aLoanRefusedAtTheDeskSendsNoSql() {
        long opened = server.style.sessionsOpened();

        for (HttpResponse<String> refused : java.util.List.of(lend(), lend(shelf.dune, shelf.emma, walden, shelf.ulysses),
                lend(shelf.emma, shelf.emma), server.post("/readers/bea/loans", "{}"))) {
            assertThat(refused.statusCode()).as("the loan: %s", refused.body()).isEqualTo(400);
            assertThat(refused.body()).contains("InvalidRequestException");
        }

        db.sql().expect("four refused loans").nothingSent();
        assertThat(server.style.sessionsOpened() - opened).as("sessions opened for them: check the loan before the desk"
                + " is used").isZero();
        assertThat(server.leases.borrowed).as("connections borrowed for them").hasValue(0);
        assertThat(Shelf.copies(db, shelf.dune)).as("Dune's copies").isEqualTo(4);
    }
}
