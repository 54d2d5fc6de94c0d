package dev.dbpatterns.async;

import dev.dbpatterns.async.domain.Catalog;
import dev.dbpatterns.async.hibernate.HibernateCatalog;
import dev.dbpatterns.async.hibernate.HibernateSetup;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.DisplayName;

@DisplayName("Hibernate: the catalogue on virtual threads, a session per call")
class HibernateCatalogTest extends CatalogContract {
    private final List<SessionFactory> built = new ArrayList<>();

    @Override
    protected Catalog catalog(DataSource pool, Duration statementLimit) {
        SessionFactory sessions = HibernateSetup.sessionFactory(pool);
        built.add(sessions);
        return new HibernateCatalog(sessions, statementLimit);
    }

    @Override
    protected void closeCatalog() {
        built.forEach(SessionFactory::close);
        built.clear();
    }
}
