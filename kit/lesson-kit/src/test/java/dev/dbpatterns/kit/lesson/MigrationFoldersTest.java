package dev.dbpatterns.kit.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dbpatterns.kit.lesson.fixtures.TwoStepsFixture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Migration folders: each module's scripts in a folder of its own")
class MigrationFoldersTest {

    @Test
    @DisplayName("a class reads the folder its package names, the longest one that exists")
    void folderFromPackage() {
        assertThat(Migrations.modulesOf(TwoStepsFixture.class, new String[0])).containsExactly("kit/lesson");
        assertThat(Migrations.locations(DatabaseTarget.POSTGRES, java.util.List.of("kit/lesson")))
                .containsExactly("classpath:db/migration/kit/lesson/common", "classpath:db/migration/kit/lesson/postgres");
    }

    @Test
    @DisplayName("folders named in @DatabaseTest win, in their order")
    void declaredFolders() {
        assertThat(Migrations.modulesOf(TwoStepsFixture.class, new String[] {"repository", "docs"}))
                .containsExactly("repository", "docs");
    }

    @Test
    @DisplayName("a class with no folder of its own is told where to put its scripts")
    void noFolder() {
        assertThatThrownBy(() -> Migrations.modulesOf(String.class, new String[0]))
                .hasMessageContaining("No migrations for java.lang.String")
                .hasMessageContaining("@DatabaseTest(migrations = …)");
    }
}
