package dev.dbpatterns.pooling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.kit.lesson.LogCapture;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Settings HikariCP does not take as given. When the pool starts it replaces some values it
 * finds unsafe, and says so only in a warning in its log: the pool then runs on values nobody
 * wrote. Each step asserts the value the running pool holds (the data source's own settings), the
 * warning, and then the setting that does what was meant. The checks are HikariCP's own, so they
 * read the same on every database.
 */
@DatabaseTest(migrate = false)
@DisplayName("HikariCP: settings it rewrites without failing")
class HikariSettingsLesson {
    private static final long THIRTY_MINUTES = Duration.ofMinutes(30).toMillis();

    private LessonDatabase db;

    @BeforeEach
    void setUp(LessonDatabase db) {
        this.db = db;
    }

    /** The settings the pool runs on after starting with these, and what it logged about them. */
    private record Started(HikariConfig effective, List<String> warnings) {
    }

    private Started start(Consumer<HikariConfig> settings) {
        HikariConfig config = LessonPools.hikari(db, 2);
        config.setPoolName("settings");
        settings.accept(config);
        try (LogCapture log = LogCapture.of(HikariConfig.class); HikariDataSource pool = new HikariDataSource(config)) {
            // The data source is the configuration the pool runs on: validated, corrected, then copied.
            return new Started(pool, log.messages());
        }
    }

    // tag::max-lifetime[]
    @Test
    @DisplayName("maxLifetime under 30 s becomes 30 minutes; 30 s is kept, and switches the default keepalive off")
    void maxLifetime() {
        Started tenSeconds = start(config -> config.setMaxLifetime(10_000));
        assertThat(tenSeconds.effective().getMaxLifetime()).isEqualTo(THIRTY_MINUTES);
        assertThat(tenSeconds.warnings()).anySatisfy(warning ->
                assertThat(warning).contains("maxLifetime is less than 30000ms, setting to default 1800000ms"));

        // Meant: connections replaced well before the server's idle timeout. The floor is 30 s, and
        // it costs the keepalive: the default keepaliveTime (2 min) is not below it, so it goes too.
        Started thirtySeconds = start(config -> config.setMaxLifetime(30_000));
        assertThat(thirtySeconds.effective().getMaxLifetime()).isEqualTo(30_000);
        assertThat(thirtySeconds.effective().getKeepaliveTime()).as("0 = no keepalive").isZero();
        assertThat(thirtySeconds.warnings()).anySatisfy(warning ->
                assertThat(warning).contains("keepaliveTime is greater than or equal to maxLifetime, disabling it"));
    }
    // end::max-lifetime[]

    @Test
    @DisplayName("leakDetectionThreshold under 2 s, or above maxLifetime, switches leak detection off; 2 s is kept")
    void leakDetection() {
        Started oneSecond = start(config -> config.setLeakDetectionThreshold(1_000));
        assertThat(oneSecond.effective().getLeakDetectionThreshold()).as("0 = no leak detection").isZero();
        assertThat(oneSecond.warnings()).anySatisfy(warning ->
                assertThat(warning).contains("leakDetectionThreshold is less than 2000ms or more than maxLifetime, disabling it"));

        Started beyondLifetime = start(config -> {
            config.setMaxLifetime(60_000);
            config.setLeakDetectionThreshold(120_000);
        });
        assertThat(beyondLifetime.effective().getLeakDetectionThreshold()).isZero();

        assertThat(start(config -> config.setLeakDetectionThreshold(2_000)).effective().getLeakDetectionThreshold())
                .isEqualTo(2_000);
    }

    // tag::connection-timeout[]
    @Test
    @DisplayName("connectionTimeout under 250 ms is refused by the setter, and 0 means wait for ever (Integer.MAX_VALUE ms)")
    void connectionTimeout() {
        // HikariCP 7's setter refuses the value outright; start() would only rewrite one that got past it.
        assertThatThrownBy(() -> new HikariConfig().setConnectionTimeout(100))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("connectionTimeout cannot be less than 250ms");

        // 0 reads like "do not wait"; it is the opposite: a caller of an exhausted pool waits ~24 days.
        assertThat(start(config -> config.setConnectionTimeout(0)).effective().getConnectionTimeout())
                .isEqualTo(Integer.MAX_VALUE);
        assertThat(start(config -> config.setConnectionTimeout(250)).effective().getConnectionTimeout()).isEqualTo(250);
    }
    // end::connection-timeout[]

    @Test
    @DisplayName("keepaliveTime under 30 s is switched off; idleTimeout under 10 s becomes 10 minutes")
    void keepaliveAndIdle() {
        Started tooOften = start(config -> {
            config.setMinimumIdle(1); // idleTimeout only applies to a pool that may shrink
            config.setKeepaliveTime(5_000);
            config.setIdleTimeout(5_000);
        });
        assertThat(tooOften.effective().getKeepaliveTime()).as("0 = no keepalive").isZero();
        assertThat(tooOften.effective().getIdleTimeout()).isEqualTo(Duration.ofMinutes(10).toMillis());
        assertThat(tooOften.warnings()).anySatisfy(warning ->
                assertThat(warning).contains("keepaliveTime is less than 30000ms, disabling it"));
    }
}
