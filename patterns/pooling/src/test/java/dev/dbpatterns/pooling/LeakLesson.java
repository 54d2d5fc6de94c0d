package dev.dbpatterns.pooling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.DriverErrors;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.kit.lesson.LogCapture;
import dev.dbpatterns.pooling.mybatis.MyBatisSetup;
import java.sql.SQLTransientConnectionException;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A connection borrowed and never given back. HikariCP cannot take it back (it does not know the
 * borrower is done); with {@code leakDetectionThreshold} set it says so in its log, with the
 * stack of the borrower, once the connection has been out that long. Each step waits for the
 * pool's own report, the warning or the lent count, not for a while.
 */
@DatabaseTest
@DisplayName("HikariCP: a leaked connection, reported and starving the pool")
class LeakLesson {
    private static final String LEAK_LOG = "com.zaxxer.hikari.pool.ProxyLeakTask";

    private LessonDatabase db;
    private HikariDataSource pool;
    private ForgetfulBoxOffice office;
    private long concert;

    @BeforeEach
    void openForgetfulOffice(LessonDatabase db) {
        this.db = db;
        HikariConfig config = LessonPools.hikari(db, 2);
        config.setPoolName("leaky");
        config.setConnectionTimeout(1_000);
        config.setLeakDetectionThreshold(2_000); // the least HikariCP accepts (see HikariSettingsLesson)
        pool = new HikariDataSource(config);
        office = new ForgetfulBoxOffice(MyBatisSetup.sqlSessionFactory(pool));
        concert = db.insert("insert into concert (title, seats_left) values (?, ?)", "Leaky at ten", 10);
    }

    @AfterEach
    void closePool() {
        pool.close(); // aborts the leaked connections
    }

    // tag::report[]
    @Test
    @DisplayName("after leakDetectionThreshold HikariCP warns, with the stack of the method that borrowed; the connection stays lent")
    void leakIsReported() throws Exception {
        try (LogCapture log = LogCapture.of(LEAK_LOG)) {
            assertThat(office.sell(concert, 1)).isTrue();

            PoolWatch.until("HikariCP's leak warning", () -> !log.events().isEmpty());
            ILoggingEvent warning = log.events().get(0);

            assertThat(warning.getFormattedMessage()).startsWith("Connection leak detection triggered for");
            assertThat(Arrays.stream(warning.getThrowableProxy().getStackTraceElementProxyArray())
                    .map(StackTraceElementProxy::getStackTraceElement))
                    .as("the stack logged with the warning: where the connection was borrowed")
                    .anySatisfy(frame -> assertThat(frame.getClassName() + "." + frame.getMethodName())
                            .isEqualTo(ForgetfulBoxOffice.class.getName() + ".sell"));
            assertThat(pool.getHikariPoolMXBean().getActiveConnections()).as("connections lent").isEqualTo(1);
        }
    }
    // end::report[]

    // tag::starve[]
    @Test
    @DisplayName("two leaked sales starve a pool of two: the third sale times out, though nobody is using a connection")
    void leaksStarveThePool() {
        assertThat(office.sell(concert, 1)).isTrue();
        assertThat(office.sell(concert, 1)).isTrue();

        Throwable third = catchThrowable(() -> office.sell(concert, 1));

        assertThat((Throwable) DriverErrors.sqlException(third)).isInstanceOf(SQLTransientConnectionException.class);
        assertThat(pool.getHikariPoolMXBean().getActiveConnections()).as("connections lent").isEqualTo(2);
        assertThat(db.queryForLong("select seats_left from concert where id = ?", concert)).isEqualTo(8);
    }
    // end::starve[]
}
