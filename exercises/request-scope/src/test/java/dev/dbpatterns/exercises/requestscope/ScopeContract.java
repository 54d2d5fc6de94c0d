package dev.dbpatterns.exercises.requestscope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dbpatterns.exercises.requestscope.domain.LendingDesk;
import dev.dbpatterns.exercises.requestscope.domain.Title;
import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.kit.lesson.Workers;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Your RequestScope and one style's desk: first over real HTTP (a session per request, opened only when a use case
 * needs it, closed however the request ends), then the desk's transactions on their own. Subclasses pick the style.
 */
@DatabaseTest(poolSize = ScopeContract.POOL_SIZE)
abstract class ScopeContract {
    static final int POOL_SIZE = 5;
    protected LessonDatabase db;
    protected DeskServer server;
    protected Shelf shelf;
    private int heldAtStart;

    protected abstract DeskStyle style(DataSource pool);

    @BeforeEach
    void start(LessonDatabase db) throws SQLException {
        this.db = db;
        this.server = DeskServer.of(db, this::style);
        this.shelf = Shelf.stocked(db);
        server.leases.restart();
        heldAtStart = server.leases.held.get();
        db.sql().reset();
    }

    /** For the desk's own steps: what this step borrowed is back (a leak of an earlier step is that step's failure). */
    private void connectionsBack() {
        assertThat(server.leases.held).as("connections left borrowed once the desk is closed").hasValue(heldAtStart);
    }

    @Test
    @DisplayName("three title cards with the reader's loans, two use cases each: three sessions opened and three closed,"
            + " one per request, and every connection back")
    void aSessionPerRequest() throws Exception {
        long opened = server.style.sessionsOpened();
        long closed = server.style.sessionsClosed();

        for (int i = 0; i < 3; i++) {
            HttpResponse<String> card = server.get("/titles/" + shelf.dune + "?reader=ann");
            assertThat(card.statusCode()).as("the card: %s", card.body()).isEqualTo(200);
            assertThat(card.body()).contains("\"name\":\"Dune\"", "\"copies\":4", "\"onLoan\":[\"Ulysses\"]");
        }

        assertThat(server.style.sessionsOpened() - opened).as("sessions opened for 3 requests: one per request, shared"
                + " by the request's use cases (never one per call of desk(ctx), nor one per transaction)").isEqualTo(3);
        Workers.until(() -> "the 3 sessions closed when their requests ended", () -> server.style.sessionsClosed() - closed == 3);
        Workers.until(() -> "every connection back in the pool", () -> db.activeConnections() == 0);
        assertThat(server.leases.held).as("connections the server still holds").hasValue(0);
    }

    @Test
    @DisplayName("a non-numeric id, an id of 0, a path with no route and a desk nobody asks anything of: no session"
            + " opened, no connection borrowed, no SQL sent")
    void aRefusedRequestOpensNothing() {
        long opened = server.style.sessionsOpened();

        HttpResponse<String> notANumber = server.get("/titles/dune");
        assertThat(notANumber.statusCode()).isEqualTo(400);
        assertThat(notANumber.body()).contains("InvalidRequestException");
        assertThat(server.get("/titles/0").statusCode()).isEqualTo(400);
        assertThat(server.get("/shelves").statusCode()).isEqualTo(404);
        try (LendingDesk unused = server.style.get()) {
            assertThat(unused).as("a desk nobody asks anything of").isNotNull();
        }

        assertThat(server.style.sessionsOpened() - opened).as("sessions opened for requests refused before any use case"
                + " and a desk never used:"
                + " open the desk's session at its first call, not when the request or the desk is created").isZero();
        assertThat(server.leases.borrowed).as("connections borrowed for them").hasValue(0);
        db.sql().expect("three refused requests").nothingSent();
    }

    @Test
    @DisplayName("60 requests from 3 clients at once, cards, readers' loans, 404s the handler throws and 400s: every"
            + " session closed, every connection back, and never more connections held at once than requests in flight")
    void everyRequestEndsItsSession() throws Exception {
        long opened = server.style.sessionsOpened();
        long closed = server.style.sessionsClosed();

        List<String> paths = List.of("/titles/" + shelf.emma, "/titles/" + shelf.missing, "/readers/ann/loans", "/titles/x");
        Statuses statuses = Statuses.of(server, paths, 60, 3);

        assertThat(statuses.counted()).as("answers by status").containsExactlyInAnyOrderEntriesOf(
                java.util.Map.of(200, 30, 404, 15, 400, 15));
        assertThat(server.style.sessionsOpened() - opened).as("sessions opened: one per request that reached a use case")
                .isEqualTo(45);
        Workers.until(() -> "every session closed, also those of the 404s, whose handler threw",
                () -> server.style.sessionsClosed() - closed == 45);
        Workers.until(() -> "every connection back in the pool", () -> db.activeConnections() == 0);
        assertThat(server.leases.held).as("connections the server still holds").hasValue(0);
        assertThat(server.leases.most.get()).as("most connections held at once, with 3 requests in flight on a pool of "
                + POOL_SIZE + ": a request holds one at a time").isBetween(1, 3);
    }

    @Test
    @DisplayName("one desk, several use cases: a title or none, and a reader's titles by name")
    void readsTheShelf() {
        db.insert("insert into loan (title_id, reader) values (?, ?)", shelf.emma, "bea");
        db.insert("insert into loan (title_id, reader) values (?, ?)", shelf.dune, "bea");

        try (LendingDesk desk = server.style.get()) {
            Title dune = desk.inTransaction(() -> desk.title(shelf.dune)).orElseThrow();
            assertThat(List.of(dune.id(), dune.name(), dune.copies())).containsExactly(shelf.dune, "Dune", 4);
            assertThat(desk.inTransaction(() -> desk.title(shelf.missing))).isEmpty();
            assertThat(desk.inTransaction(() -> desk.titlesLentTo("bea"))).containsExactly("Dune", "Emma");
            assertThat(desk.inTransaction(() -> desk.titlesLentTo("cyd"))).isEmpty();
        }
        connectionsBack();
    }

    @Test
    @DisplayName("a use case's work is committed when it returns: the loan and the copy taken are in the database, and"
            + " the last copy cannot be taken twice")
    void commitsWhatTheUseCaseDid() {
        try (LendingDesk desk = server.style.get()) {
            boolean taken = desk.inTransaction(() -> {
                desk.lend(shelf.emma, "bea");
                return desk.takeCopy(shelf.emma);
            });
            assertThat(taken).as("Emma's one copy taken").isTrue();
            assertThat(desk.inTransaction(() -> desk.takeCopy(shelf.emma))).as("a copy of Emma when none is left").isFalse();
        }
        assertThat(Shelf.loans(db, "bea")).as("Bea's loans, committed").isEqualTo(1);
        assertThat(Shelf.copies(db, shelf.emma)).as("Emma's copies left").isZero();
        connectionsBack();
    }

    @Test
    @DisplayName("a use case that throws is rolled back and its exception rethrown as it was; the request's next use case"
            + " on the same desk neither sees nor commits what it did")
    void rollsBackAUseCaseThatThrows() {
        RuntimeException expired = new IllegalStateException("Bea's card expired");
        try (LendingDesk desk = server.style.get()) {
            assertThatThrownBy(() -> desk.inTransaction(() -> {
                desk.lend(shelf.dune, "bea");
                desk.takeCopy(shelf.dune);
                throw expired;
            })).isSameAs(expired);
            assertThat(desk.inTransaction(() -> desk.title(shelf.dune).orElseThrow().copies()))
                    .as("Dune's copies, seen by the next use case").isEqualTo(4);
        }
        assertThat(Shelf.loans(db, "bea")).as("Bea's loans").isZero();
        assertThat(Shelf.copies(db, shelf.dune)).as("Dune's copies").isEqualTo(4);
        connectionsBack();
    }
}
