package dev.dbpatterns.transactions.mybatis;

import dev.dbpatterns.kit.targets.Target;
import javax.sql.DataSource;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.mapping.VendorDatabaseIdProvider;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;

/**
 * Builds MyBatis for the households and the job queue. A statement whose SQL differs by database
 * (how to wait at most so long for a lock) is written once per database in the XML, marked with
 * {@code databaseId}; MyBatis keeps the one for the database it is connected to.
 */
public final class MyBatisSetup {
    private MyBatisSetup() {
    }

    // tag::bootstrap[]
    public static SqlSessionFactory sqlSessionFactory(DataSource dataSource) {
        Configuration configuration = new Configuration(
                new Environment("bank", new JdbcTransactionFactory(), dataSource));
        // The product name the driver reports → the databaseId the XML uses (h2, postgres, mariadb).
        // Set before the mappers are added: that is when MyBatis picks each statement's variant.
        VendorDatabaseIdProvider provider = new VendorDatabaseIdProvider();
        provider.setProperties(Target.databaseIdsByProductName());
        configuration.setDatabaseId(provider.getDatabaseId(dataSource));
        configuration.addMapper(HouseholdMapper.class);
        configuration.addMapper(JobMapper.class);
        return new SqlSessionFactoryBuilder().build(configuration);
    }
    // end::bootstrap[]
}
