package dev.dbpatterns.exercises.requestscope.mybatis;

import dev.dbpatterns.exercises.requestscope.domain.LendingDesk;
import dev.dbpatterns.exercises.requestscope.domain.Title;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.ibatis.session.SqlSessionFactory;

/**
 * The desk for one request in MyBatis: its {@code SqlSession} is opened by the first call, kept for every use case
 * of the request (each commits or rolls back its own transaction on it) and closed with the request.
 */
public final class MyBatisDesk implements LendingDesk {
    private final SqlSessionFactory sessions;

    public MyBatisDesk(SqlSessionFactory sessions) {
        this.sessions = sessions;
    }

    // TODO(task 1): one SqlSession for the desk, opened by the first call that needs a statement (never in the
    //   constructor: a refused request must open none), then reused; each call runs its DeskMapper statement on it.

    // TODO(task 1): the work as one transaction: commit when it returns, roll back when it throws (rethrow the same
    //   exception); the session stays open for the request's next use case.
    @Override
    public <T> T inTransaction(Supplier<T> work) {
        throw new UnsupportedOperationException("TODO(task 1): commit or roll back the work's transaction");
    }

    // TODO(task 1): close the session, if one was opened.
    @Override
    public void close() {
        throw new UnsupportedOperationException("TODO(task 1): close the request's session");
    }

    @Override
    public Optional<Title> title(long id) {
        throw new UnsupportedOperationException("TODO(task 1): DeskMapper.title on the request's session");
    }

    @Override
    public List<String> titlesLentTo(String reader) {
        throw new UnsupportedOperationException("TODO(task 1): DeskMapper.titlesLentTo on the request's session");
    }

    @Override
    public void lend(long titleId, String reader) {
        throw new UnsupportedOperationException("TODO(task 1): DeskMapper.lend on the request's session");
    }

    @Override
    public boolean takeCopy(long titleId) {
        throw new UnsupportedOperationException("TODO(task 1): DeskMapper.takeCopy on the request's session");
    }
}
