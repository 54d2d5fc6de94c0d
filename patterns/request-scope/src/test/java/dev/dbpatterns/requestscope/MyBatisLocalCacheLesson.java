package dev.dbpatterns.requestscope;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.requestscope.domain.Book;
import dev.dbpatterns.requestscope.domain.Bookshop;
import dev.dbpatterns.requestscope.mybatis.MyBatisBookshop;
import dev.dbpatterns.requestscope.mybatis.MyBatisSetup;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * MyBatis has no identity map: each SELECT maps new objects. What can hand back the same object is its session's
 * local cache, which answers a repeated SELECT with the same parameters until the session commits, rolls back or
 * writes.
 */
@DatabaseTest
@DisplayName("MyBatis: no identity map in the request, only the session's local cache")
class MyBatisLocalCacheLesson {
    private LessonDatabase db;
    private SqlSessionFactory sessions;
    private long dune;

    @BeforeEach
    void seed(LessonDatabase db) {
        this.db = db;
        sessions = db.shared("mybatis", MyBatisSetup::sqlSessionFactory);
        dune = db.insert("insert into book (title, price_cents, stock) values (?, ?, ?)", "Dune", 1_250, 3);
        db.sql().reset();
    }

    // tag::local-cache[]
    @Test
    @DisplayName("the same book twice in one use case: the local cache answers the second time, the same object, one SELECT")
    void localCacheAnswers() {
        try (Bookshop request = new MyBatisBookshop(sessions)) {
            request.inTransaction(() -> {
                assertThat(request.book(dune).orElseThrow()).isSameAs(request.book(dune).orElseThrow());
                return null;
            });
        }
        db.sql().expect("the book, once: the second answer came from the session's local cache").selects(1);
    }

    @Test
    @DisplayName("the same book in two use cases of one request: the commit emptied the cache, two objects, two SELECTs")
    void twoObjectsAcrossUseCases() {
        try (Bookshop request = new MyBatisBookshop(sessions)) {
            Book first = request.inTransaction(() -> request.book(dune).orElseThrow());
            Book second = request.inTransaction(() -> request.book(dune).orElseThrow());

            assertThat(second).isNotSameAs(first);
            assertThat(second.title()).isEqualTo(first.title());
        }
        db.sql().expect("the book, once per use case").selects(2);
    }
    // end::local-cache[]
}
