package dev.dbpatterns.repository;

import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.repository.domain.Authors;
import dev.dbpatterns.repository.domain.Books;
import dev.dbpatterns.repository.hibernate.HibernateAuthors;
import dev.dbpatterns.repository.hibernate.HibernateBooks;
import dev.dbpatterns.repository.hibernate.HibernateSetup;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.DisplayName;

@DisplayName("Books and Authors in Hibernate")
class HibernateBooksTest extends BooksContract {

    private static SessionFactory sessions(LessonDatabase db) {
        return db.shared("hibernate", HibernateSetup::sessionFactory);
    }

    @Override
    protected Books books(LessonDatabase db) {
        return new HibernateBooks(sessions(db));
    }

    @Override
    protected Authors authors(LessonDatabase db) {
        return new HibernateAuthors(sessions(db));
    }
}
