package dev.dbpatterns.async;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dbpatterns.async.domain.Catalog;
import dev.dbpatterns.async.mybatis.MyBatisCatalog;
import dev.dbpatterns.async.mybatis.MyBatisSetup;
import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A virtual thread that blocks gives its carrier (a platform thread of a small pool) to another virtual thread. Until
 * JDK 24 it could not while it held a monitor ({@code synchronized}): it pinned the carrier for as long as it waited.
 * JEP 491 (JDK 24) lets it unmount there too. Seen by JFR's {@code jdk.VirtualThreadPinned}, asserted for the JDK the
 * build runs on.
 */
@DatabaseTest
@DisplayName("Pinning: a virtual thread waiting for the database inside synchronized")
class PinningLesson {
    /** Server work: long enough to block, far above JFR's threshold for the event (20 ms by default, 0 here). */
    private static final Duration WORK = Duration.ofMillis(100);

    private LessonDatabase db;
    private Catalog catalog;
    private long dune;

    @BeforeEach
    void setUp(LessonDatabase db) {
        this.db = db;
        catalog = new MyBatisCatalog(MyBatisSetup.sqlSessionFactory(db.dataSource()));
        dune = db.insert("insert into book (title) values (?)", "Dune");
    }

    // tag::synchronized[]
    @Test
    @DisplayName("a lookup inside synchronized pins its carrier on JDK 21 to 23, and not from JDK 24 on (JEP 491)")
    void insideSynchronized() throws Exception {
        Object shelf = new Object();

        List<String> pinned = PinnedThreads.whileRunning(() -> {
            synchronized (shelf) {
                catalog.title(dune, WORK); // blocks on the socket (on H2: in Thread.sleep) holding the monitor
            }
        });

        if (Runtime.version().feature() >= 24) {
            assertThat(pinned).as("pinned events on JDK %s", Runtime.version().feature()).isEmpty();
        } else {
            assertThat(pinned).as("pinned events on JDK %s", Runtime.version().feature()).isNotEmpty();
        }
    }
    // end::synchronized[]

    // tag::lock[]
    @Test
    @DisplayName("the same lookup under a ReentrantLock never pins, on any JDK")
    void underReentrantLock() throws Exception {
        Assumptions.assumeTrue(db.target().isServer() || Runtime.version().feature() >= 24, "H2's JDBC layer holds a"
                + " monitor of its own (the session's) while it runs a statement, which pins on JDK 21 to 23 whatever lock the caller takes");
        ReentrantLock shelf = new ReentrantLock();

        List<String> pinned = PinnedThreads.whileRunning(() -> {
            shelf.lock();
            try {
                catalog.title(dune, WORK);
            } finally {
                shelf.unlock();
            }
        });

        assertThat(pinned).isEmpty();
    }
    // end::lock[]
}
