package dev.dbpatterns.exercises.transactions.mybatis;

import javax.sql.DataSource;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;

/** Builds MyBatis for the gift cards: the pool, plain JDBC transactions, and GiftCardMapper with its XML. */
public final class MyBatisSetup {
    private MyBatisSetup() {
    }

    public static SqlSessionFactory sqlSessionFactory(DataSource dataSource) {
        // JdbcTransactionFactory: a session's transaction is its connection's, with auto-commit off
        // unless you ask for it; commit() and rollback() on the session end it.
        Configuration configuration = new Configuration(
                new Environment("gift-cards", new JdbcTransactionFactory(), dataSource));
        // Reads GiftCardMapper.xml from the same package path: a mistake in your XML shows up here.
        configuration.addMapper(GiftCardMapper.class);
        return new SqlSessionFactoryBuilder().build(configuration);
    }
}
