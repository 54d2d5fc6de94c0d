package dev.dbpatterns.exercises.unitofwork;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dbpatterns.exercises.unitofwork.domain.Rearrangement;
import dev.dbpatterns.exercises.unitofwork.domain.Rearrangements;
import dev.dbpatterns.exercises.unitofwork.domain.Shelf;
import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.kit.lesson.SentStatement;
import dev.dbpatterns.kit.lesson.SqlLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** MyBatis's BATCH executor: consecutive calls of one statement wait in one JDBC batch until the commit. */
@DatabaseTest
@Tag("task-3")
@DisplayName("Task 3 · MyBatis: JDBC batches")
class MyBatisBatchTest {
    private Rearrangements units;
    private Floor floor;

    @BeforeEach
    void openShop(LessonDatabase db) {
        this.units = Adapters.myBatis(db);
        this.floor = Floor.restock(db);
    }

    @Test
    @DisplayName("a new shelf with twelve titles is two JDBC batches: the shelf's INSERT, then all twelve of the titles")
    void twelveTitlesAreOneBatch(SqlLog sql) {
        try (Rearrangement unit = units.begin()) {
            Shelf poetry = new Shelf("C", "Poetry");
            unit.registerNew(poetry);
            NewTitles.on(poetry, 12).forEach(unit::registerNew);
            Commits.commit(unit, "insert shelf C, then its twelve titles");
        }
        sql.expect("13 INSERTs: open the session with ExecutorType.BATCH, and send the rows of each table together,"
                + " so that MyBatis puts consecutive calls of one statement into one JDBC batch")
                .inserts(13).batches(2).commits(1);
        assertThat(sql.statements()).filteredOn(SentStatement::isBatched).extracting(SentStatement::executions)
                .as("rows per batch").containsExactly(1, 12);
        assertThat(NewTitles.inserted(sql.statements())).as("the titles in their batch: in the order they were"
                + " registered (a set that keeps it, LinkedHashSet; a sort that keeps it, List.sort)")
                .containsExactlyElementsOf(NewTitles.isbns(12));
        assertThat(floor.titlesOn("C")).hasSize(12);
    }
}
