package dev.dbpatterns.transactions;

import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.transactions.domain.Transactions;
import dev.dbpatterns.transactions.mybatis.MyBatisSetup;
import dev.dbpatterns.transactions.mybatis.MyBatisTransactions;
import java.util.Optional;
import org.apache.ibatis.exceptions.PersistenceException;
import org.junit.jupiter.api.DisplayName;

@DisplayName("The transaction boundary in MyBatis")
class MyBatisTransactionsTest extends TransactionsContract {
    @Override
    protected Transactions transactions(LessonDatabase db) {
        return new MyBatisTransactions(db.shared("mybatis", MyBatisSetup::sqlSessionFactory));
    }

    @Override
    protected Optional<Class<? extends RuntimeException>> readOnlyWriteRefusedAs() {
        return Optional.of(PersistenceException.class);
    }
}
