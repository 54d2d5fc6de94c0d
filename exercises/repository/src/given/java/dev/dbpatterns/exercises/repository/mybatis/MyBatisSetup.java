package dev.dbpatterns.exercises.repository.mybatis;

import javax.sql.DataSource;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;

/** Builds MyBatis for the reviews: the pool, plain JDBC transactions, and ReviewMapper with its XML. */
public final class MyBatisSetup {
    private MyBatisSetup() {
    }

    public static SqlSessionFactory sqlSessionFactory(DataSource dataSource) {
        Configuration configuration = new Configuration(
                new Environment("reviews", new JdbcTransactionFactory(), dataSource));
        // Reads ReviewMapper.xml from the same package path: a mistake in your XML shows up here.
        configuration.addMapper(ReviewMapper.class);
        return new SqlSessionFactoryBuilder().build(configuration);
    }
}
