package dev.dbpatterns.exercises.pooling.mybatis;

import javax.sql.DataSource;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;

/** Builds MyBatis for the holds on the pool it is given: a session borrows a connection at its first statement. */
public final class MyBatisSetup {
    private MyBatisSetup() {
    }

    public static SqlSessionFactory sqlSessionFactory(DataSource dataSource) {
        Configuration configuration = new Configuration(
                new Environment("holds", new JdbcTransactionFactory(), dataSource));
        configuration.addMapper(HoldMapper.class);
        return new SqlSessionFactoryBuilder().build(configuration);
    }
}
