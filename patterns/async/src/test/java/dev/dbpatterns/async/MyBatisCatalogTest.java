package dev.dbpatterns.async;

import dev.dbpatterns.async.domain.Catalog;
import dev.dbpatterns.async.mybatis.MyBatisCatalog;
import dev.dbpatterns.async.mybatis.MyBatisSetup;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;

@DisplayName("MyBatis: the catalogue on virtual threads, a session per call")
class MyBatisCatalogTest extends CatalogContract {
    @Override
    protected Catalog catalog(DataSource pool, Duration statementLimit) {
        return new MyBatisCatalog(MyBatisSetup.sqlSessionFactory(pool, statementLimit));
    }
}
