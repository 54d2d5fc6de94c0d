package dev.dbpatterns.pooling;

import dev.dbpatterns.pooling.domain.BoxOffice;
import dev.dbpatterns.pooling.mybatis.MyBatisBoxOffice;
import dev.dbpatterns.pooling.mybatis.MyBatisSetup;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;

@DisplayName("MyBatis: the box office on HikariCP")
class MyBatisBoxOfficeTest extends BoxOfficeContract {
    @Override
    protected BoxOffice office(DataSource pool) {
        return new MyBatisBoxOffice(MyBatisSetup.sqlSessionFactory(pool));
    }
}
