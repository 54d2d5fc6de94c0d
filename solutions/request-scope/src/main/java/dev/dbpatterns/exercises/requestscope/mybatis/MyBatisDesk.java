package dev.dbpatterns.exercises.requestscope.mybatis;

import dev.dbpatterns.exercises.requestscope.domain.LendingDesk;
import dev.dbpatterns.exercises.requestscope.domain.Title;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;

/**
 * The desk for one request in MyBatis: its {@code SqlSession} is opened by the first call, kept for every use case
 * of the request (each commits or rolls back its own transaction on it) and closed with the request.
 */
public final class MyBatisDesk implements LendingDesk {
    private final SqlSessionFactory sessions;
    private SqlSession session;

    public MyBatisDesk(SqlSessionFactory sessions) {
        this.sessions = sessions;
    }

    private DeskMapper statements() {
        if (session == null) {
            session = sessions.openSession(); // borrows no connection yet: the first statement does
        }
        return session.getMapper(DeskMapper.class);
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        boolean done = false;
        try {
            T result = work.get();
            done = true;
            return result;
        } finally {
            if (session != null && done) {
                session.commit(true); // true: a transaction of reads only ends too, not at close
            } else if (session != null) {
                session.rollback(true); // true: undone even if MyBatis thinks nothing was written
            }
        }
    }

    @Override
    public void close() {
        if (session != null) {
            session.close(); // gives the connection back to the pool
        }
    }

    @Override
    public Optional<Title> title(long id) {
        return Optional.ofNullable(statements().title(id));
    }

    @Override
    public List<String> titlesLentTo(String reader) {
        return statements().titlesLentTo(reader);
    }

    @Override
    public void lend(long titleId, String reader) {
        statements().lend(titleId, reader);
    }

    @Override
    public boolean takeCopy(long titleId) {
        return statements().takeCopy(titleId) == 1;
    }
}
