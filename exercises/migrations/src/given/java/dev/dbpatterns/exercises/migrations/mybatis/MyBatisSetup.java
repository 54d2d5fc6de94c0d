package dev.dbpatterns.exercises.migrations.mybatis;

import dev.dbpatterns.exercises.migrations.domain.Release;
import javax.sql.DataSource;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;

/** Builds MyBatis for one release: its mapper, and loan_limit mapped to loanLimit. */
public final class MyBatisSetup {
    private MyBatisSetup() {
    }

    public static SqlSessionFactory sqlSessionFactory(DataSource dataSource, Release release) {
        Configuration configuration = new Configuration(new Environment(release.name(), new JdbcTransactionFactory(), dataSource));
        configuration.setMapUnderscoreToCamelCase(true);
        configuration.addMapper(mapperOf(release));
        return new SqlSessionFactoryBuilder().build(configuration);
    }

    public static Class<? extends MemberMapper> mapperOf(Release release) {
        return release == Release.N ? NameMapper.class : FullNameMapper.class;
    }
}
