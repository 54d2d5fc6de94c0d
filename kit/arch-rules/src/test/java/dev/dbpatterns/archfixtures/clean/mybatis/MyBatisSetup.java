package dev.dbpatterns.archfixtures.clean.mybatis;

import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;

/** The bootstrap under its one name. */
public final class MyBatisSetup {
    private MyBatisSetup() {
    }

    public static SqlSessionFactory sqlSessionFactory(Configuration configuration) {
        return new SqlSessionFactoryBuilder().build(configuration);
    }
}
