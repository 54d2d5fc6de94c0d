package dev.dbpatterns.requestscope;

import dev.dbpatterns.requestscope.mybatis.MyBatisBookshop;
import dev.dbpatterns.requestscope.mybatis.MyBatisSetup;
import javax.sql.DataSource;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.DisplayName;

@DisplayName("MyBatis: the bookshop over HTTP, a SqlSession per request")
class MyBatisBookshopApiTest extends BookshopApiContract {
    @Override
    protected ShopStyle style(DataSource pool) {
        SqlSessionFactory sessions = MyBatisSetup.sqlSessionFactory(pool);
        return () -> new MyBatisBookshop(sessions);
    }
}
