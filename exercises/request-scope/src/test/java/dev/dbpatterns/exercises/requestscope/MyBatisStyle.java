package dev.dbpatterns.exercises.requestscope;

import dev.dbpatterns.exercises.requestscope.domain.LendingDesk;
import dev.dbpatterns.exercises.requestscope.mybatis.MyBatisDesk;
import dev.dbpatterns.exercises.requestscope.mybatis.MyBatisSetup;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;

/**
 * Your MyBatisDesk on a factory that counts what it hands out: MyBatis keeps no statistics, so every session the
 * desks open is wrapped, and its first close() counted.
 */
final class MyBatisStyle implements DeskStyle {
    private final AtomicLong opened = new AtomicLong();
    private final AtomicLong closed = new AtomicLong();
    private final SqlSessionFactory counted;

    MyBatisStyle(DataSource pool) {
        SqlSessionFactory real = MyBatisSetup.sqlSessionFactory(pool);
        counted = (SqlSessionFactory) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {SqlSessionFactory.class}, (proxy, method, args) -> {
                    Object result = Leases.forward(real, method, args);
                    if (method.getName().equals("openSession")) {
                        opened.incrementAndGet();
                        return countingCloses((SqlSession) result);
                    }
                    return result;
                });
    }

    private SqlSession countingCloses(SqlSession session) {
        AtomicBoolean once = new AtomicBoolean();
        return (SqlSession) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {SqlSession.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("close") && once.compareAndSet(false, true)) {
                        closed.incrementAndGet();
                    }
                    return Leases.forward(session, method, args);
                });
    }

    @Override
    public LendingDesk get() {
        return new MyBatisDesk(counted);
    }

    @Override
    public long sessionsOpened() {
        return opened.get();
    }

    @Override
    public long sessionsClosed() {
        return closed.get();
    }
}
