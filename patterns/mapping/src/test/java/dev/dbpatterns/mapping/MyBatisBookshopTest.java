package dev.dbpatterns.mapping;

import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.mapping.domain.Bookshop;
import dev.dbpatterns.mapping.mybatis.MyBatisBookshop;
import dev.dbpatterns.mapping.mybatis.MyBatisSetup;
import org.junit.jupiter.api.DisplayName;

@DisplayName("The bookshop mapped by MyBatis")
class MyBatisBookshopTest extends BookshopContract {
    @Override
    protected Bookshop bookshop(LessonDatabase db) {
        return new MyBatisBookshop(db.shared("mybatis", MyBatisSetup::sqlSessionFactory));
    }
}
