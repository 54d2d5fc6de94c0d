package dev.dbpatterns.requestscope;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.kit.lesson.SentStatement;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Open Session in View (Spring Boot's default {@code spring.jpa.open-in-view=true}): the handler renders the entity
 * after the use case committed, and the lazy reviews load then, in a session the request still holds. Turned off, the
 * same handler fails; the fix is a page built inside the use case.
 */
@DatabaseTest
@DisplayName("Hibernate: Open Session in View, and what replaces it")
class HibernateOpenSessionInViewLesson {
    private LessonDatabase db;
    private ShopServer inView;
    private ShopServer perUseCase;
    private long dune;

    @BeforeEach
    void start(LessonDatabase db) {
        this.db = db;
        inView = db.shared("open-in-view", pool -> new ShopServer(pool, p -> HibernateStyle.on(p, true)));
        perUseCase = db.shared("session-per-use-case", pool -> new ShopServer(pool, p -> HibernateStyle.on(p, false)));
        dune = db.insert("insert into book (title, price_cents, stock) values (?, ?, ?)", "Dune", 1_250, 3);
        db.insert("insert into review (book_id, stars, text) values (?, ?, ?)", dune, 5, "Spice");
        db.insert("insert into review (book_id, stars, text) values (?, ?, ?)", dune, 4, "Sand");
        inView.leases.reset();
        perUseCase.leases.reset();
        db.sql().reset();
    }

    // tag::in-view[]
    @Test
    @DisplayName("open in view: the page renders, and its reviews are SELECTed after the use case committed, on a second"
            + " connection the request borrowed for them")
    void lazySelectsAfterCommit() {
        HttpResponse<String> page = inView.http.get("/books/" + dune + "/in-view");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("\"reviews\":[\"Spice\",\"Sand\"]");
        assertThat(kinds()).containsExactly(SentStatement.Kind.SELECT, SentStatement.Kind.COMMIT, SentStatement.Kind.SELECT);
        assertThat(inView.leases.borrowed()).as("connections the request borrowed").isEqualTo(2);
        assertThat(inView.leases.held()).as("connections held once the response came").isZero();
    }
    // end::in-view[]

    // tag::lazy-failure[]
    @Test
    @DisplayName("a session per use case: the same handler fails with LazyInitializationException, a 500, and no review is read")
    void lazyInitializationWithoutOpenSession() {
        HttpResponse<String> page = perUseCase.http.get("/books/" + dune + "/in-view");

        assertThat(page.statusCode()).isEqualTo(500);
        assertThat(page.body()).contains("LazyInitializationException");
        assertThat(kinds()).containsExactly(SentStatement.Kind.SELECT, SentStatement.Kind.COMMIT);
    }
    // end::lazy-failure[]

    // tag::fix[]
    @Test
    @DisplayName("the fix: the use case builds the page in its transaction, every SELECT before the commit, one connection")
    void pageBuiltInsideTheUseCase() {
        HttpResponse<String> page = perUseCase.http.get("/books/" + dune);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("\"reviews\":[\"Spice\",\"Sand\"]");
        assertThat(kinds()).containsExactly(SentStatement.Kind.SELECT, SentStatement.Kind.SELECT, SentStatement.Kind.COMMIT);
        assertThat(perUseCase.leases.borrowed()).as("connections the request borrowed").isEqualTo(1);
    }
    // end::fix[]

    private List<SentStatement.Kind> kinds() {
        return db.sql().statements().stream().map(SentStatement::kind).toList();
    }
}
