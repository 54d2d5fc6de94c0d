package dev.dbpatterns.kit.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

class WrappedPoolTest {
    /** Counts what it lends and what comes back, as request-scope's LeaseCount does. */
    private static final class Counting extends WrappedPool {
        final AtomicInteger lent = new AtomicInteger();
        final AtomicInteger givenBack = new AtomicInteger();

        Counting(JdbcDataSource pool) {
            super(pool);
        }

        @Override
        protected Connection lent(Connection connection) {
            lent.incrementAndGet();
            return onGiveBack(connection, givenBack::incrementAndGet);
        }
    }

    private static JdbcDataSource h2() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:wrapped-pool");
        return h2;
    }

    @Test
    void theHookRunsOnTheFirstCloseOnlyWhileTheConnectionStillWorksBeforeIt() throws SQLException {
        Counting pool = new Counting(h2());
        Connection connection = pool.getConnection();
        assertThat(connection.createStatement().executeQuery("select 1").next()).isTrue();
        assertThat(pool.lent).hasValue(1);
        assertThat(pool.givenBack).hasValue(0);

        connection.close();
        connection.close();

        assertThat(pool.givenBack).as("a connection closed twice is given back once").hasValue(1);
        assertThat(connection.isClosed()).isTrue();
    }

    @Test
    void whatIsNotABorrowIsThePoolsAndTheDriversOwnExceptionsComeThrough() throws SQLException {
        JdbcDataSource h2 = h2();
        Counting pool = new Counting(h2);
        pool.setLoginTimeout(7);
        assertThat(h2.getLoginTimeout()).isEqualTo(7);
        assertThat(pool.unwrap(JdbcDataSource.class)).isSameAs(h2);

        try (Connection connection = pool.getConnection()) {
            assertThat(catchThrowable(() -> connection.prepareStatement("select nothing")))
                    .isInstanceOf(SQLException.class); // thrown through the wrapper: the driver's, not a reflection wrapper
        }
    }
}
