package dev.dbpatterns.transactions;

import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.transactions.domain.Transactions;
import dev.dbpatterns.transactions.hibernate.HibernateSetup;
import dev.dbpatterns.transactions.hibernate.HibernateTransactions;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;

@DisplayName("The transaction boundary in Hibernate")
class HibernateTransactionsTest extends TransactionsContract {
    @Override
    protected Transactions transactions(LessonDatabase db) {
        return new HibernateTransactions(db.shared("hibernate", HibernateSetup::sessionFactory));
    }

    @Override
    protected Optional<Class<? extends RuntimeException>> readOnlyWriteRefusedAs() {
        return Optional.empty();
    }
}
