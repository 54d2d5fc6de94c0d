package dev.dbpatterns.migrations;

import dev.dbpatterns.migrations.domain.Catalogue;
import dev.dbpatterns.migrations.mybatis.MyBatisCatalogue;
import dev.dbpatterns.migrations.mybatis.MyBatisSetup;
import org.junit.jupiter.api.DisplayName;

@DisplayName("MyBatis: the catalogue on the migrated schema")
class MyBatisCatalogueTest extends CatalogueContract {
    @Override
    protected Catalogue catalogue() {
        return new MyBatisCatalogue(db.shared("mybatis", MyBatisSetup::sqlSessionFactory));
    }
}
