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
            // TODO(task 3): have the database end every statement that runs longer than statementLimit: a thread that
            //   stops waiting does not stop the statement it started on the server.
            throw new UnsupportedOperationException("TODO(task 3): a time limit on every statement");
        }
        configuration.addMapper(ShelfMapper.class);
        return new SqlSessionFactoryBuilder().build(configuration);
    }
}
