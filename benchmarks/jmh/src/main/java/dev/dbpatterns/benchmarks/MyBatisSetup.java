package dev.dbpatterns.benchmarks;

import javax.sql.DataSource;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;

/** Builds MyBatis on a given data source, with the benchmarks' one mapper. */
final class MyBatisSetup {
    private MyBatisSetup() {
    }

    static SqlSessionFactory sessionFactory(DataSource dataSource) {
        Configuration configuration = new Configuration(new Environment("benchmarks", new JdbcTransactionFactory(), dataSource));
        configuration.addMapper(BenchMapper.class);
        return new SqlSessionFactoryBuilder().build(configuration);
    }
}
