package dev.dbpatterns.exercises.requestscope.mybatis;

import javax.sql.DataSource;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;

/** Builds MyBatis for the desk on the server's pool: one factory for the server, a session per request. */
public final class MyBatisSetup {
    private MyBatisSetup() {
    }

    public static SqlSessionFactory sqlSessionFactory(DataSource pool) {
        Configuration configuration = new Configuration(new Environment("desk", new JdbcTransactionFactory(), pool));
        configuration.addMapper(DeskMapper.class);
        return new SqlSessionFactoryBuilder().build(configuration);
    }
}
