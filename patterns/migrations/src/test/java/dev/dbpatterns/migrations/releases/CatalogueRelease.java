package dev.dbpatterns.migrations.releases;

import dev.dbpatterns.migrations.domain.Book;
import dev.dbpatterns.migrations.domain.Catalogue;
import dev.dbpatterns.migrations.hibernate.HibernateCatalogue;
import dev.dbpatterns.migrations.hibernate.HibernateSetup;
import dev.dbpatterns.migrations.mybatis.MyBatisCatalogue;
import dev.dbpatterns.migrations.mybatis.MyBatisSetup;
import java.util.Optional;
import javax.sql.DataSource;
import org.apache.ibatis.session.SqlSessionFactory;
import org.hibernate.SessionFactory;

/** Release N, as it is: this module's main code, its title shown as the listing's name. */
public final class CatalogueRelease implements RunningRelease {
    private final Catalogue catalogue;
    private final AutoCloseable framework;

    private CatalogueRelease(Catalogue catalogue, AutoCloseable framework) {
        this.catalogue = catalogue;
        this.framework = framework;
    }

    public static RunningRelease hibernate(DataSource dataSource) {
        SessionFactory sessions = HibernateSetup.sessionFactory(dataSource);
        return new CatalogueRelease(new HibernateCatalogue(sessions), sessions);
    }

    public static RunningRelease myBatis(DataSource dataSource) {
        SqlSessionFactory sessions = MyBatisSetup.sqlSessionFactory(dataSource);
        MyBatisRelease.checkStatements(sessions.getConfiguration());
        return new CatalogueRelease(new MyBatisCatalogue(sessions), () -> { });
    }

    @Override
    public long add(Listing book) {
        return catalogue.add(new Book(book.isbn(), book.name(), book.shelf()));
    }

    @Override
    public Optional<Listing> byIsbn(String isbn) {
        return catalogue.byIsbn(isbn).map(book -> new Listing(book.id(), book.isbn(), book.title(), book.shelf()));
    }

    @Override
    public void close() {
        try {
            framework.close();
        } catch (Exception e) {
            throw new IllegalStateException("Could not stop release N", e);
        }
    }
}
