package dev.dbpatterns.exercises.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.kit.lesson.Thrown;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/** The rename's fixture and its messages: where the schema stands, and what a release did there. */
final class Steps {
    static final String[] STEP = {"", "", "", "V3 (expand)", "V4 (switch)", "V5 (contract)"};

    private Steps() {
    }

    /** A schema at V2 with Ada, who joined before the rename; her id. */
    static long adaJoinedBeforeTheRename(LessonDatabase db) {
        Schema.freshAt(db, "2");
        assertThat(Schema.columns(db, "member")).as("the member table after V2: both releases map loan_limit, so"
                + " task 1 comes first").containsKey("loan_limit");
        long ada = db.insert("insert into member (name, email) values (?, ?)", "Ada Lovelace", "ada@example.org");
        assertThat(db.queryForList(Long.class, "select loan_limit from member where id = ?", ada)).as("Ada's loan limit at"
                + " V2: the members below are compared whole, loan limit included, so task 1 comes first").containsExactly(3L);
        return ada;
    }

    /** A call that returns nothing, checked the same way. */
    static void by(String who, int step, Runnable call) {
        by(who, step, () -> {
            call.run();
            return null;
        });
    }

    /** What a release did, or an assertion naming the release and the step when the database refused it. */
    static <T> T by(String who, int step, Supplier<T> call) {
        AtomicReference<T> result = new AtomicReference<>();
        Throwable failed = Thrown.by(() -> result.set(call.get()));
        if (failed != null) {
            throw new AssertionError(who + " failed on the schema after " + STEP[step] + ": " + failed
                    + (step == 3 ? ". The release still running must keep working after the expand step:"
                    + " add the new column, never rename or drop in the same step" : ""), failed);
        }
        return result.get();
    }
}
