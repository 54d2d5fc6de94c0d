package dev.dbpatterns.transactions.isolation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The words of the anomaly table: every cell the lesson can write, from what a run showed. */
@DisplayName("Anomaly table cells: what a run showed, in words")
class ObservationTest {

    @Test
    @DisplayName("an anomaly that occurred says so, and whether a transaction waited first")
    void occurred() {
        assertThat(new Observation(true, false, List.of()).cell()).isEqualTo("occurs");
        assertThat(new Observation(true, true, List.of()).cell()).isEqualTo("occurs after blocking");
    }

    @Test
    @DisplayName("an anomaly prevented says how: by an abort with its codes, by blocking, or by neither")
    void prevented() {
        assertThat(new Observation(false, false, List.of("40001")).cell()).isEqualTo("aborted (40001)");
        assertThat(new Observation(false, true, List.of("40001/1213")).cell()).isEqualTo("blocked, then aborted (40001/1213)");
        assertThat(new Observation(false, true, List.of()).cell()).isEqualTo("blocked");
        assertThat(new Observation(false, false, List.of()).cell()).isEqualTo("prevented");
    }

    @Test
    @DisplayName("an error code shows the vendor's number only where it adds to the SQLState")
    void errorCodes() {
        assertThat(new StepResult.Failed("40001", 1213, "Deadlock found").code()).isEqualTo("40001/1213");
        assertThat(new StepResult.Failed("40001", 0, "could not serialize access").code()).isEqualTo("40001");
        assertThat(new StepResult.Failed("40001", 40001, "Deadlock detected").code()).isEqualTo("40001");
    }
}
