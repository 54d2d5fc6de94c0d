package dev.dbpatterns.archfixtures.straynames.mybatis;

import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;

/** Wrong on purpose: a bootstrap named after the domain instead of MyBatisSetup. */
public final class MyBatisBookshop {
    private MyBatisBookshop() {
    }

    public static SqlSessionFactory sqlSessionFactory(Configuration configuration) {
        return new SqlSessionFactoryBuilder().build(configuration);
    }
}
