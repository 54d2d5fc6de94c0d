package dev.dbpatterns.querying;

import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.querying.domain.Catalog;
import dev.dbpatterns.querying.mybatis.MyBatisCatalog;
import dev.dbpatterns.querying.mybatis.MyBatisSetup;
import org.junit.jupiter.api.DisplayName;

@DisplayName("Catalog in MyBatis")
class MyBatisCatalogTest extends CatalogContract {
    @Override
    protected Catalog catalog(LessonDatabase db) {
        return new MyBatisCatalog(db.shared("mybatis", MyBatisSetup::sqlSessionFactory));
    }
}
