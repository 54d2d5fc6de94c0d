package dev.dbpatterns.testing.mybatis;

import javax.sql.DataSource;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;

/** Builds MyBatis for the club on a given pool: plain JDBC transactions and the one mapper. */
public final class MyBatisSetup {
    private MyBatisSetup() {
    }

    public static SqlSessionFactory sqlSessionFactory(DataSource dataSource) {
        Configuration configuration = new Configuration(
                new Environment("club", new JdbcTransactionFactory(), dataSource));
        configuration.addMapper(MemberMapper.class);
        return new SqlSessionFactoryBuilder().build(configuration);
    }
}
