package dev.dbpatterns.requestscope.mybatis;

import javax.sql.DataSource;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;

/** Builds MyBatis for the bookshop on the pool it is handed: one factory for the server, a session per request. */
public final class MyBatisSetup {
    private MyBatisSetup() {
    }

    // tag::bootstrap[]
    public static SqlSessionFactory sqlSessionFactory(DataSource pool) {
        Configuration configuration = new Configuration(new Environment("bookshop", new JdbcTransactionFactory(), pool));
        configuration.addMapper(BookshopMapper.class); // and BookshopMapper.xml beside it
        return new SqlSessionFactoryBuilder().build(configuration);
    }
    // end::bootstrap[]
}
