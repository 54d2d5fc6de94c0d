package dev.dbpatterns.mapping.mybatis;

import dev.dbpatterns.kit.targets.Target;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.mapping.VendorDatabaseIdProvider;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;

/** Builds MyBatis for the bookshop: the pool, plain JDBC transactions, the UUID handler and the mappers. */
public final class MyBatisSetup {
    private MyBatisSetup() {
    }

    // tag::bootstrap[]
    public static SqlSessionFactory sqlSessionFactory(DataSource dataSource) {
        Configuration configuration = new Configuration(
                new Environment("bookshop", new JdbcTransactionFactory(), dataSource));
        // How to ask for the next value of a sequence differs by database: the XML has a
        // statement per databaseId (h2, postgres, mariadb), chosen when the mappers are added.
        VendorDatabaseIdProvider provider = new VendorDatabaseIdProvider();
        provider.setProperties(Target.databaseIdsByProductName());
        configuration.setDatabaseId(provider.getDatabaseId(dataSource));
        // MyBatis has handlers for the java.time types, but none for UUID.
        configuration.getTypeHandlerRegistry().register(UUID.class, UuidTypeHandler.class);
        configuration.addMapper(AuthorMapper.class);
        configuration.addMapper(TagMapper.class);
        configuration.addMapper(DeliveryMapper.class);
        return new SqlSessionFactoryBuilder().build(configuration);
    }
    // end::bootstrap[]
}
