package dev.dbpatterns.requestscope;

import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;

@DisplayName("Hibernate: the bookshop over HTTP, a Session per request")
class HibernateBookshopApiTest extends BookshopApiContract {
    @Override
    protected ShopStyle style(DataSource pool) {
        return HibernateStyle.on(pool, true);
    }
}
