package dev.dbpatterns.migrations.mybatis;

import javax.sql.DataSource;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;

/**
 * Builds MyBatis for the catalogue. MyBatis never looks at the schema when it starts: a mapper
 * that names a column no migration made fails at its first call, unless {@link StatementCheck}
 * prepares every statement first.
 */
public final class MyBatisSetup {
    private MyBatisSetup() {
    }

    // tag::bootstrap[]
    public static SqlSessionFactory sqlSessionFactory(DataSource dataSource) {
        Configuration configuration = new Configuration(
                new Environment("catalogue", new JdbcTransactionFactory(), dataSource));
        configuration.addMapper(BookMapper.class); // its SQL is in BookMapper.xml beside it
        return new SqlSessionFactoryBuilder().build(configuration);
    }
    // end::bootstrap[]
}
