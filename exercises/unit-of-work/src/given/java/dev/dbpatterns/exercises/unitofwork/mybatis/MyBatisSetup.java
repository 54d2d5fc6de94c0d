package dev.dbpatterns.exercises.unitofwork.mybatis;

import javax.sql.DataSource;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.LocalCacheScope;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;

/** Builds MyBatis for the shop floor: the pool, plain JDBC transactions, and the two mappers with their XML. */
public final class MyBatisSetup {
    private MyBatisSetup() {
    }

    public static SqlSessionFactory sqlSessionFactory(DataSource dataSource) {
        Configuration configuration = new Configuration(
                new Environment("shop-floor", new JdbcTransactionFactory(), dataSource));
        // MyBatis's session cache answers a repeated query (same statement, same parameters) with
        // the objects of the first. It is no identity map: another query maps the same row anew.
        // It is turned off here, so the identity map you write is the only one at work.
        configuration.setLocalCacheScope(LocalCacheScope.STATEMENT);
        configuration.addMapper(ShelfMapper.class);
        configuration.addMapper(PlacementMapper.class);
        return new SqlSessionFactoryBuilder().build(configuration);
    }
}
