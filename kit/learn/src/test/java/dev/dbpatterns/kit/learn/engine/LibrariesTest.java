package dev.dbpatterns.kit.learn.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which class loader an exercise's libraries come from: the CLI's, when the launcher put them all on its class path. */
@DisplayName("the exercise's libraries")
class LibrariesTest {
    @TempDir
    Path folder;

    @Test
    @DisplayName("come from the CLI's class path when it holds all of them, and from a loader of their own when it does not")
    void fromTheClassPathOnlyWhenItHoldsThemAll() throws IOException {
        Path hibernate = folder.resolve("hibernate.jar");
        Path h2 = folder.resolve("h2.jar");
        Path archunit = folder.resolve("archunit.jar");
        Path listed = folder.resolve("libraries.txt");
        Files.writeString(listed, hibernate + File.pathSeparator + h2);
        System.setProperty("learn.libraries", listed.toString());
        try {
            assertThat(Libraries.of(List.of(h2, hibernate))).isSameAs(ClassLoader.getSystemClassLoader());
            assertThat(Libraries.of(List.of(hibernate, archunit))).isInstanceOf(URLClassLoader.class)
                    .isNotSameAs(ClassLoader.getSystemClassLoader());
        } finally {
            System.clearProperty("learn.libraries");
        }
        assertThat(Libraries.of(List.of(h2))).as("without the launcher's list").isInstanceOf(URLClassLoader.class);
    }
}
