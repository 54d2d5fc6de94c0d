package dev.dbpatterns.exercises.async.mybatis;

import java.time.Duration;
import javax.sql.DataSource;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;

/** Builds MyBatis for the shelf on the pool it is given: a session borrows a connection at its first statement. */
public final class MyBatisSetup {
    private MyBatisSetup() {
    }

    /** @param statementLimit how long the database lets a statement run; zero for no limit */
    public static SqlSessionFactory sqlSessionFactory(DataSource pool, Duration statementLimit) {
        Configuration configuration = new Configuration(new Environment("shelf", new JdbcTransactionFactory(), pool));
        if (!statementLimit.isZero()) {
            // Statement.setQueryTimeout on every statement, in whole seconds, rounded up: the driver has the
            // database end it (PostgreSQL: a cancel request; MariaDB: max_statement_time; H2: its own check).
            configuration.setDefaultStatementTimeout(Math.toIntExact(seconds(statementLimit)));
        }
        configuration.addMapper(ShelfMapper.class);
        return new SqlSessionFactoryBuilder().build(configuration);
    }

    private static long seconds(Duration limit) {
        return limit.plusSeconds(1).minusNanos(1).toSeconds();
    }
}
