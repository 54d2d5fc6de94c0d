package dev.dbpatterns.repository;

import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.repository.domain.Authors;
import dev.dbpatterns.repository.domain.Books;
import dev.dbpatterns.repository.mybatis.MyBatisAuthors;
import dev.dbpatterns.repository.mybatis.MyBatisBooks;
import dev.dbpatterns.repository.mybatis.MyBatisSetup;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.DisplayName;

@DisplayName("Books and Authors in MyBatis")
class MyBatisBooksTest extends BooksContract {

    private static SqlSessionFactory sessions(LessonDatabase db) {
        return db.shared("mybatis", MyBatisSetup::sqlSessionFactory);
    }

    @Override
    protected Books books(LessonDatabase db) {
        return new MyBatisBooks(sessions(db));
    }

    @Override
    protected Authors authors(LessonDatabase db) {
        return new MyBatisAuthors(sessions(db));
    }
}
