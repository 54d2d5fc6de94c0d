package dev.dbpatterns.kit.lesson;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.ClassTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the test class once per selected database target ({@code CATALOG_DB}), each time on a
 * fresh, migrated schema of its own, with the SQL of every test recorded, printed under it and
 * written to {@code target/lesson-sql/<Class>/<method>.sql}.
 *
 * <p>A class-level {@code @BeforeAll} runs once before all targets, so it cannot use the
 * database: build per-target things in {@code @BeforeEach} with {@link LessonDatabase#shared}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ClassTemplate
@ExtendWith(DatabaseTargetsExtension.class)
public @interface DatabaseTest {

    /** Maximum connections in the class's pool. */
    int poolSize() default 5;

    /** Whether to run the module's Flyway migrations before the first test. */
    boolean migrate() default true;

    /**
     * The folders under {@code db/migration} whose scripts to run, in order; by default the one the
     * class's package names (see {@link Migrations}). The docs' quick reference runs on the
     * repository's schema and adds its own: {@code {"repository", "docs"}}.
     */
    String[] migrations() default {};
}
