package dev.dbpatterns.exercises.migrations;

import dev.dbpatterns.exercises.migrations.domain.Members;
import dev.dbpatterns.exercises.migrations.domain.Release;
import dev.dbpatterns.exercises.migrations.hibernate.HibernateMembers;
import dev.dbpatterns.exercises.migrations.hibernate.HibernateSetup;
import dev.dbpatterns.exercises.migrations.mybatis.MyBatisMembers;
import dev.dbpatterns.exercises.migrations.mybatis.MyBatisSetup;
import dev.dbpatterns.kit.lesson.Thrown;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;

/** The given application, in either style: a release started on the schema as it is now. */
enum Style {
    MYBATIS("MyBatis"),
    HIBERNATE("Hibernate");

    private final String title;

    Style(String title) {
        this.title = title;
    }

    /**
     * Starts a release on the schema as migrated now; Hibernate validates its entity then, as an
     * application does at start-up. Closed by {@link Started#close()}.
     */
    Started start(DataSource dataSource, Release release) {
        if (this == MYBATIS) {
            return new Started(new MyBatisMembers(MyBatisSetup.sqlSessionFactory(dataSource, release), release), null);
        }
        SessionFactory factory;
        try {
            factory = HibernateSetup.sessionFactory(dataSource, release);
        } catch (RuntimeException e) {
            Thrown.throwOnIfTodo(e);
            throw new AssertionError(release + " (Hibernate) does not start on this schema: " + rootCause(e).getMessage(), e);
        }
        return new Started(new HibernateMembers(factory, release), factory);
    }

    /** Hibernate's validation says "missing column [name] in table [member]" at the bottom of its causes. */
    private static Throwable rootCause(Throwable thrown) {
        Throwable cause = thrown;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    @Override
    public String toString() {
        return title;
    }

    /** A running release; closing it closes its Hibernate SessionFactory, if it has one. */
    record Started(Members members, SessionFactory factory) implements AutoCloseable {
        @Override
        public void close() {
            if (factory != null) {
                factory.close();
            }
        }
    }
}
