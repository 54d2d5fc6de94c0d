package dev.dbpatterns.requestscope.mybatis;

import dev.dbpatterns.requestscope.domain.Book;
import dev.dbpatterns.requestscope.domain.BookOrder;
import dev.dbpatterns.requestscope.domain.Bookshop;
import dev.dbpatterns.requestscope.domain.OrderLine;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;

/**
 * The bookshop for one request in MyBatis: a {@code SqlSession} opened at the first call, not before (a request
 * refused at the door never opens one), kept until {@link #close()}. Its first statement borrows a connection, which
 * it holds until the session closes; its local cache answers a repeated SELECT until the next commit.
 */
public final class MyBatisBookshop implements Bookshop {
    private final SqlSessionFactory sessions;
    private SqlSession session;

    public MyBatisBookshop(SqlSessionFactory sessions) {
        this.sessions = sessions;
    }

    // tag::scope[]
    private BookshopMapper mapper() {
        if (session == null) {
            session = sessions.openSession(); // no connection yet: the first statement borrows it
        }
        return session.getMapper(BookshopMapper.class);
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        try {
            T result = work.get();
            if (session != null) {
                session.commit(true); // true: commit even when MyBatis saw no write (the reads' transaction ends too)
            }
            return result;
        } catch (RuntimeException e) {
            if (session != null) {
                session.rollback(true);
            }
            throw MyBatisErrors.translated(e);
        }
    }

    @Override
    public void close() {
        if (session != null) {
            session.close(); // rolls back what was not committed, gives the connection back
            session = null;
        }
    }
    // end::scope[]

    @Override
    public Optional<Book> book(long id) {
        return Optional.ofNullable(mapper().book(id));
    }

    @Override
    public List<Book> search(String titlePart, int limit) {
        return mapper().search("%" + titlePart.toLowerCase(Locale.ROOT) + "%", limit);
    }

    @Override
    public long newOrder(String customer) {
        BookOrder order = new BookOrder(customer);
        mapper().insertOrder(order);
        return order.id();
    }

    @Override
    public void addLine(OrderLine line) {
        mapper().insertLine(line);
    }

    @Override
    public boolean takeFromStock(long bookId, int quantity) {
        return mapper().takeFromStock(bookId, quantity) == 1;
    }
}
