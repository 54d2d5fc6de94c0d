package dev.dbpatterns.querying.mybatis;

import javax.sql.DataSource;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;

/** Builds MyBatis for the library: the pool, plain JDBC transactions, and the mappers. */
public final class MyBatisSetup {
    private MyBatisSetup() {
    }

    public static SqlSessionFactory sqlSessionFactory(DataSource dataSource) {
        Configuration configuration = new Configuration(
                new Environment("library", new JdbcTransactionFactory(), dataSource));
        // Each mapper interface finds its SQL in the XML file beside it (same package path).
        configuration.addMapper(BookMapper.class);
        configuration.addMapper(AuthorMapper.class);
        return new SqlSessionFactoryBuilder().build(configuration);
    }
}
