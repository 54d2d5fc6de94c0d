package dev.dbpatterns.exercises.mapping.mybatis;

import dev.dbpatterns.exercises.mapping.domain.Price;
import javax.sql.DataSource;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;

/** Builds MyBatis for the counter on a given pool: your PriceTypeHandler for every Price, and CounterMapper. */
public final class MyBatisSetup {
    private MyBatisSetup() {
    }

    public static SqlSessionFactory sqlSessionFactory(DataSource dataSource) {
        Configuration configuration = new Configuration(
                new Environment("buy-back", new JdbcTransactionFactory(), dataSource));
        // Registered before the mapper, so every #{…} and result of type Price finds it.
        configuration.getTypeHandlerRegistry().register(Price.class, PriceTypeHandler.class);
        configuration.addMapper(CounterMapper.class);
        return new SqlSessionFactoryBuilder().build(configuration);
    }
}
