package dev.dbpatterns.unitofwork.mybatis;

import dev.dbpatterns.kit.targets.Target;
import javax.sql.DataSource;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.mapping.VendorDatabaseIdProvider;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.LocalCacheScope;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;

/** Builds MyBatis for the shop: the pool, plain JDBC transactions, and the mappers a unit of work uses. */
public final class MyBatisSetup {
    private MyBatisSetup() {
    }

    // tag::bootstrap[]
    public static SqlSessionFactory sqlSessionFactory(DataSource dataSource) {
        Configuration configuration = new Configuration(
                new Environment("shop", new JdbcTransactionFactory(), dataSource));
        // The unit of work keeps its own identity map, by row. MyBatis's session cache, by
        // statement and parameters, would answer a second "next block of ids" with the first one.
        configuration.setLocalCacheScope(LocalCacheScope.STATEMENT);
        // Statements marked databaseId="postgres" replace the portable one on PostgreSQL.
        configuration.setDatabaseId(databaseIds().getDatabaseId(dataSource));
        configuration.addMapper(SequenceMapper.class);
        configuration.addMapper(CustomerMapper.class);
        configuration.addMapper(BookMapper.class);
        configuration.addMapper(OrderMapper.class);
        configuration.addMapper(OrderLineMapper.class);
        return new SqlSessionFactoryBuilder().build(configuration);
    }
    // end::bootstrap[]

    private static VendorDatabaseIdProvider databaseIds() {
        VendorDatabaseIdProvider provider = new VendorDatabaseIdProvider();
        provider.setProperties(Target.databaseIdsByProductName()); // the course's ids: h2, postgres, mariadb
        return provider;
    }
}
