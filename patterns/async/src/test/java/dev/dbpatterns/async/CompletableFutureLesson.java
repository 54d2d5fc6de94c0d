package dev.dbpatterns.async;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dbpatterns.async.hibernate.HibernateSetup;
import dev.dbpatterns.async.mybatis.MyBatisSetup;
import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionManager;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * CompletableFuture's stages run where their executor says, and a session bound to a thread stays on that thread.
 * Which connection a stage used is asked of the server (its backend, connection or session id): a different one is
 * a different transaction.
 */
@DatabaseTest
@DisplayName("CompletableFuture: which thread runs a stage, and which session it sees")
class CompletableFutureLesson {
    private final ExecutorService virtualThreads = Executors.newVirtualThreadPerTaskExecutor();
    private LessonDatabase db;

    @BeforeEach
    void setUp(LessonDatabase db) {
        this.db = db;
    }

    @AfterEach
    void stop() {
        virtualThreads.close();
    }

    // tag::common-pool[]
    @Test
    @DisplayName("supplyAsync without an executor runs on CompletableFuture's default executor, the common pool (or a new platform thread per stage, where CompletableFuture will not use the pool); with a virtual-thread executor, on a virtual thread")
    void commonPool() {
        Thread plain = CompletableFuture.supplyAsync(Thread::currentThread).join();
        Thread virtual = CompletableFuture.supplyAsync(Thread::currentThread, virtualThreads).join();

        // A common pool of one thread (two cores) is one that a single blocking stage stops: JDK 21's CompletableFuture keeps
        // off it and starts a thread per stage; which executor a JDK uses, CompletableFuture says.
        if (new CompletableFuture<Void>().defaultExecutor() == ForkJoinPool.commonPool()) {
            assertThat(plain).isInstanceOfSatisfying(ForkJoinWorkerThread.class,
                    worker -> assertThat(worker.getPool()).isSameAs(ForkJoinPool.commonPool()));
        } else {
            assertThat(plain).isNotInstanceOf(ForkJoinWorkerThread.class);
        }
        assertThat(plain.isVirtual()).as("a default stage on a virtual thread").isFalse();
        assertThat(virtual.isVirtual()).isTrue();
    }
    // end::common-pool[]

    // tag::mybatis-thread-bound[]
    @Test
    @DisplayName("MyBatis: a session bound to the calling thread (SqlSessionManager) is not there in a later stage, which runs on another connection; a session passed along is")
    void myBatisThreadBound() {
        SqlSessionFactory factory = MyBatisSetup.sqlSessionFactory(db.dataSource());
        factory.getConfiguration().addMapper(ServerSessionMapper.class);
        SqlSessionManager manager = SqlSessionManager.newInstance(factory);
        manager.startManagedSession(); // bound to this thread, until close()
        try {
            ServerSessionMapper server = manager.getMapper(ServerSessionMapper.class);
            long here = server.id(idFunction());
            // On another thread the manager finds no session of that thread's, and opens one for the call.
            long later = CompletableFuture.supplyAsync(() -> server.id(idFunction()), virtualThreads).join();
            assertThat(later).as("the connection of the manager's session in the later stage").isNotEqualTo(here);
        } finally {
            manager.close();
        }

        try (SqlSession session = factory.openSession()) {
            ServerSessionMapper server = session.getMapper(ServerSessionMapper.class);
            long here = server.id(idFunction());
            long later = CompletableFuture.supplyAsync(() -> server.id(idFunction()), virtualThreads).join();
            assertThat(later).as("the connection of the session passed to the later stage").isEqualTo(here);
        }
        db.sql().expect("four questions to the server, none answered from a cache").selects(4);
    }
    // end::mybatis-thread-bound[]

    // tag::hibernate-thread-bound[]
    @Test
    @DisplayName("Hibernate: getCurrentSession() in a later stage is another session, on another connection, in another transaction; a session passed along is the same")
    void hibernateThreadBound() {
        try (SessionFactory sessions = HibernateSetup.sessionFactory(db.dataSource())) {
            db.sql().reset(); // Hibernate's start-up (it validates the schema) is not the step
            Session current = sessions.getCurrentSession(); // bound to this thread ("thread" context)
            current.beginTransaction();
            long here = connectionId(current);
            long later = CompletableFuture.supplyAsync(() -> {
                Session there = sessions.getCurrentSession(); // a new session, bound to the stage's thread
                there.beginTransaction();
                try {
                    return connectionId(there);
                } finally {
                    there.getTransaction().commit(); // and closes it
                }
            }, virtualThreads).join();
            assertThat(later).as("the connection of getCurrentSession() in the later stage").isNotEqualTo(here);

            long passed = CompletableFuture.supplyAsync(() -> connectionId(current), virtualThreads).join();
            assertThat(passed).as("the connection of the session passed to the later stage").isEqualTo(here);
            current.getTransaction().commit();
        }
        db.sql().expect("here, in the later stage, and through the session passed along").selects(3);
    }
    // end::hibernate-thread-bound[]

    private long connectionId(Session session) {
        return session.doReturningWork(connection -> {
            try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery("select " + idFunction())) {
                row.next();
                return row.getLong(1);
            }
        });
    }

    /** The server's id of the session behind a connection: a different id, a different transaction. */
    private String idFunction() {
        return switch (db.target()) {
            case POSTGRES -> "pg_backend_pid()";
            case MARIADB -> "connection_id()";
            case H2 -> "session_id()";
        };
    }

    /** The id, asked through MyBatis: the function is the target's, substituted into the SQL text. */
    interface ServerSessionMapper {
        @Select("select ${function}")
        @Options(flushCache = Options.FlushCachePolicy.TRUE) // asked anew each time, never from the session's cache
        long id(@Param("function") String function);
    }
}
