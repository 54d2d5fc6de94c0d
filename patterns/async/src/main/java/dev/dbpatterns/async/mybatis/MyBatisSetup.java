package dev.dbpatterns.async.mybatis;

import java.time.Duration;
import javax.sql.DataSource;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;

/**
 * Builds MyBatis for the catalogue on the pool it is handed. MyBatis has no asynchronous API: its sessions are
 * blocking, one per call, and run as well on a virtual thread as on any other.
 */
public final class MyBatisSetup {
    private MyBatisSetup() {
    }

    public static SqlSessionFactory sqlSessionFactory(DataSource pool) {
        return sqlSessionFactory(pool, Duration.ZERO);
    }

    // tag::bootstrap[]
    /** @param statementLimit how long the database lets a statement run (whole seconds; zero for no limit) */
    public static SqlSessionFactory sqlSessionFactory(DataSource pool, Duration statementLimit) {
        Configuration configuration = new Configuration(new Environment("catalog", new JdbcTransactionFactory(), pool));
        if (!statementLimit.isZero()) {
            // Statement.setQueryTimeout on every statement: the driver has the server end it (PostgreSQL: a cancel
            // request; MariaDB: max_statement_time), so the connection comes back free.
            configuration.setDefaultStatementTimeout(Math.toIntExact(statementLimit.toSeconds()));
        }
        configuration.addInterceptor(new RunningStatements()); // so a cancelled lookup's statement can be stopped
        configuration.addMapper(BookMapper.class); // and BookMapper.xml beside it
        return new SqlSessionFactoryBuilder().build(configuration);
    }
    // end::bootstrap[]
}
