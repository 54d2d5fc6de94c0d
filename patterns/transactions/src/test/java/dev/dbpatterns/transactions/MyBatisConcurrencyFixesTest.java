package dev.dbpatterns.transactions;

import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.transactions.domain.Transactions;
import dev.dbpatterns.transactions.mybatis.MyBatisSetup;
import dev.dbpatterns.transactions.mybatis.MyBatisTransactions;
import org.junit.jupiter.api.DisplayName;

@DisplayName("Fixing the lost update and the write skew in MyBatis")
class MyBatisConcurrencyFixesTest extends ConcurrencyFixesContract {
    @Override
    protected Transactions transactions(LessonDatabase db, boolean recorded) {
        return new MyBatisTransactions(recorded
                ? db.shared("mybatis", MyBatisSetup::sqlSessionFactory)
                : db.shared("mybatis-unrecorded", recordedPool -> MyBatisSetup.sqlSessionFactory(db.unrecordedDataSource())));
    }

    @Override
    protected String style() {
        return "MyBatis";
    }
}
