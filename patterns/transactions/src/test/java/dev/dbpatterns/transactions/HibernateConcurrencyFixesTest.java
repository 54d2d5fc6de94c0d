package dev.dbpatterns.transactions;

import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.transactions.domain.Transactions;
import dev.dbpatterns.transactions.hibernate.HibernateSetup;
import dev.dbpatterns.transactions.hibernate.HibernateTransactions;
import org.junit.jupiter.api.DisplayName;

@DisplayName("Fixing the lost update and the write skew in Hibernate")
class HibernateConcurrencyFixesTest extends ConcurrencyFixesContract {
    @Override
    protected Transactions transactions(LessonDatabase db, boolean recorded) {
        return new HibernateTransactions(recorded
                ? db.shared("hibernate", HibernateSetup::sessionFactory)
                : db.shared("hibernate-unrecorded", recordedPool -> HibernateSetup.sessionFactory(db.unrecordedDataSource())));
    }

    @Override
    protected String style() {
        return "Hibernate";
    }
}
