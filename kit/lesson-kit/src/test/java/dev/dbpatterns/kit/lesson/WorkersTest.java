package dev.dbpatterns.kit.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Workers: threads that meet, ordered by latches, bounded by a net that fails")
class WorkersTest {

    @Test
    @DisplayName("every worker runs, and all have met before any goes past the meeting point")
    void workersMeet() throws Exception {
        CountDownLatch point = new CountDownLatch(4);
        AtomicInteger pastThePoint = new AtomicInteger();
        Workers.run(4, worker -> {
            Workers.meet(point);
            assertThat(point.getCount()).isZero();
            pastThePoint.incrementAndGet();
        });
        assertThat(pastThePoint).hasValue(4);
    }

    @Test
    @DisplayName("the first failure fails the run, explained, and frees a worker waiting for the one that failed")
    void firstFailureEndsTheRun() {
        CountDownLatch point = new CountDownLatch(2); // worker 1 never arrives
        assertThatThrownBy(() -> Workers.run(2, Duration.ofSeconds(60), worker -> {
            if (worker == 1) {
                throw new IllegalStateException("no card");
            }
            Workers.meet(point);
        }, (worker, failure) -> "till " + worker + ": " + failure.getMessage()))
                .hasMessage("till 1: no card")
                .hasCauseInstanceOf(IllegalStateException.class);
    }

    @Test
    @DisplayName("a run that never ends fails when the net expires, saying how many were still at work")
    void netFails() {
        CountDownLatch never = new CountDownLatch(1);
        assertThatThrownBy(() -> Workers.run(2, Duration.ofMillis(200), worker -> never.await(),
                (worker, failure) -> failure.toString()))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("2 of 2 workers were still at work");
    }
}
