package dev.dbpatterns.kit.learn.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a failure is put as: the stub it ran into, wherever it hides, or what it says. */
@DisplayName("a failure, explained")
class ExplanationTest {
    private static final String STUB = "shop.mybatis.MyBatisShelf";

    @TempDir
    Path folder;

    private Workspace workspace;

    @BeforeEach
    void aSubmissionWithOneLearnerFile() throws Exception {
        ExerciseFolder ann = new ExerciseFolder(folder.resolve("ann/shop"));
        Files.createDirectories(ann.learnerSources().resolve("shop/mybatis"));
        Files.writeString(ann.learnerSources().resolve("shop/mybatis/MyBatisShelf.java"), "// the stub");
        workspace = new Workspace(ann, ann, folder);
    }

    /** As a stub throws it, from line 12 of the learner's MyBatisShelf. */
    private static UnsupportedOperationException todo(int task) {
        UnsupportedOperationException stub = new UnsupportedOperationException("TODO(task " + task + "): load the shelf");
        stub.setStackTrace(new StackTraceElement[] {new StackTraceElement(STUB, "load", "MyBatisShelf.java", 12)});
        return stub;
    }

    @Test
    @DisplayName("a stub of the test's own task is not written yet, in the learner's file")
    void ownStub() {
        Explanation.Explained explained = Explanation.of(todo(1), 1, workspace);

        assertThat(explained.message()).isEqualTo("not written yet: TODO(task 1): load the shelf");
        assertThat(explained.location()).isEqualTo("ann/shop/src/main/java/shop/mybatis/MyBatisShelf.java:12");
        assertThat(explained.todoTask()).isEqualTo(1);
    }

    @Test
    @DisplayName("running out of memory or stack is named as such, not as an endless loop, in the learner's file")
    void memoryAndStack() {
        OutOfMemoryError memory = new OutOfMemoryError("Java heap space");
        memory.setStackTrace(new StackTraceElement[] {new StackTraceElement(STUB, "load", "MyBatisShelf.java", 12)});
        StackOverflowError stack = new StackOverflowError();
        stack.setStackTrace(new StackTraceElement[] {new StackTraceElement(STUB, "load", "MyBatisShelf.java", 14)});

        Explanation.Explained outOfMemory = Explanation.of(new RuntimeException("wrapped", memory), 1, workspace);
        Explanation.Explained overflow = Explanation.of(stack, 1, workspace);

        assertThat(outOfMemory.message()).startsWith("ran out of memory (").contains("Java heap space");
        assertThat(outOfMemory.timedOut()).isFalse();
        assertThat(outOfMemory.location()).isEqualTo("ann/shop/src/main/java/shop/mybatis/MyBatisShelf.java:12");
        assertThat(overflow.message()).startsWith("overflowed the stack (StackOverflowError)");
        assertThat(overflow.location()).isEqualTo("ann/shop/src/main/java/shop/mybatis/MyBatisShelf.java:14");
    }

    @Test
    @DisplayName("a message keeps nothing that differs from run to run: a schema's random suffix, a connection id")
    void runSpecificPartsLeftOut() {
        RuntimeException failed = new RuntimeException("Failed to get driver instance for"
                + " jdbcUrl=jdbc:h2:mem:lesson_hibernatekilledconnectiontest_e4ed1f;DB_CLOSE_DELAY=-1 (conn=195)");

        assertThat(Explanation.of(failed, 1, workspace).message()).isEqualTo("RuntimeException: Failed to get driver instance"
                + " for jdbcUrl=jdbc:h2:mem:lesson_hibernatekilledconnectiontest;DB_CLOSE_DELAY=-1 (conn=…)");
        assertThat(Explanation.stable("schema LESSON_SHOP_TEST_3FA9C1 and lesson_shop_test_3fa9c1x"))
                .isEqualTo("schema LESSON_SHOP_TEST and lesson_shop_test_3fa9c1x");
    }

    @Test
    @DisplayName("an earlier task's stub, wrapped or suppressed, is what the task needs first")
    void earlierStubAmongTheCauses() {
        RuntimeException wrapped = new IllegalStateException("the unit failed", new RuntimeException(todo(1)));
        AssertionError suppressing = new AssertionError("expected 3 rows");
        suppressing.addSuppressed(todo(2));

        assertThat(Explanation.of(wrapped, 3, workspace).message())
                .isEqualTo("needs task 1 first: TODO(task 1): load the shelf (MyBatisShelf.java:12)");
        assertThat(Explanation.of(suppressing, 3, workspace).todoTask()).isEqualTo(2);
    }

    @Test
    @DisplayName("of two stubs, the one thrown first is named, every time: not the close() a try-with-resources adds")
    void firstStubEveryTime() {
        for (int run = 0; run < 20; run++) { // fresh exceptions each time: an order by identity would show within 20
            UnsupportedOperationException load = todo(1);
            UnsupportedOperationException close = new UnsupportedOperationException("TODO(task 1): close the unit");
            load.addSuppressed(close);

            assertThat(Explanation.of(new RuntimeException(load), 2, workspace).message())
                    .isEqualTo("needs task 1 first: TODO(task 1): load the shelf (MyBatisShelf.java:12)");
        }
    }

    @Test
    @DisplayName("a stub quoted in an assertion's message, as AssertJ quotes an exception it did not expect, is found")
    void stubQuotedByAnAssertion() {
        AssertionError assertion = new AssertionError("""
                [Ada reviews Dune a second time] \nExpecting actual throwable to be exactly an instance of:
                  shop.domain.DuplicateReviewException
                but was:
                  java.lang.UnsupportedOperationException: TODO(task 1): add the review with ReviewMapper.insert
                \tat exercise//shop.mybatis.MyBatisShelf.add(MyBatisShelf.java:28)
                \tat exercise//shop.UniquenessContract.lambda$secondReviewIsRefused$0(UniquenessContract.java:45)""");

        Explanation.Explained explained = Explanation.of(assertion, 4, workspace);

        assertThat(explained.message())
                .isEqualTo("needs task 1 first: TODO(task 1): add the review with ReviewMapper.insert (MyBatisShelf.java:28)");
        assertThat(explained.location()).isEqualTo("ann/shop/src/main/java/shop/mybatis/MyBatisShelf.java:28");
        assertThat(explained.todoTask()).isEqualTo(1);
    }

    @Test
    @DisplayName("a failure of the learner's own making keeps its message, and is not taken for a stub")
    void ownMistake() {
        Explanation.Explained assertion = Explanation.of(new AssertionError("expected 3 rows but was 2"), 2, workspace);
        Explanation.Explained todoInAnotherException = Explanation.of(
                new IllegalStateException("TODO(task 1): not thrown by a stub"), 2, workspace);
        Explanation.Explained timeout = Explanation.of(new TimeoutException("search() timed out after 10 seconds"), 2, workspace);

        assertThat(assertion.message()).isEqualTo("expected 3 rows but was 2");
        assertThat(assertion.todoTask()).isNull();
        assertThat(todoInAnotherException.todoTask()).isNull();
        assertThat(timeout.timedOut()).isTrue();
        assertThat(timeout.message()).startsWith("did not finish in time");
    }
}
