package dev.dbpatterns.pooling.mybatis;

import javax.sql.DataSource;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;

/**
 * Builds MyBatis for the box office on whatever pool it is handed: HikariCP, or MyBatis's own
 * {@code PooledDataSource}. MyBatis borrows from it and never sizes or configures it.
 */
public final class MyBatisSetup {
    private MyBatisSetup() {
    }

    // tag::bootstrap[]
    public static SqlSessionFactory sqlSessionFactory(DataSource pool) {
        Configuration configuration = new Configuration(
                new Environment("box-office", new JdbcTransactionFactory(), pool));
        configuration.addMapper(ConcertMapper.class);
        return new SqlSessionFactoryBuilder().build(configuration);
    }
    // end::bootstrap[]
}
