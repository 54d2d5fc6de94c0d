package dev.dbpatterns.pooling;

import dev.dbpatterns.pooling.domain.BoxOffice;
import dev.dbpatterns.pooling.hibernate.HibernateBoxOffice;
import dev.dbpatterns.pooling.hibernate.HibernateSetup;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.DisplayName;

@DisplayName("Hibernate: the box office on HikariCP, handed in")
class HibernateBoxOfficeTest extends BoxOfficeContract {
    private SessionFactory sessions;

    @Override
    protected BoxOffice office(DataSource pool) {
        sessions = HibernateSetup.sessionFactory(pool);
        return new HibernateBoxOffice(sessions);
    }

    @Override
    protected void closeOffice() {
        if (sessions != null) {
            sessions.close();
        }
    }
}
