package dev.dbpatterns.exercises.querying.mybatis;

import javax.sql.DataSource;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;

/** Builds MyBatis for the shelf on a given pool. */
public final class MyBatisSetup {
    private MyBatisSetup() {
    }

    public static SqlSessionFactory sqlSessionFactory(DataSource dataSource) {
        Configuration configuration = new Configuration(
                new Environment("shelf", new JdbcTransactionFactory(), dataSource));
        configuration.addMapper(ShelfMapper.class);
        return new SqlSessionFactoryBuilder().build(configuration);
    }
}
