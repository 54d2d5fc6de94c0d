package dev.dbpatterns.kit.lesson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Shows a lesson step's SQL: printed under the step, and written to
 * {@code target/lesson-sql/<Class>/<method>.sql} for the docs site to include.
 */
final class LessonOutput {
    static final String DIRECTORY_KEY = "catalog.lesson-sql.dir";

    private LessonOutput() {
    }

    static Path write(Path directory, String className, String fileName, String title, DatabaseTarget target,
                      List<SentStatement> statements) {
        Path file = directory.resolve(className).resolve(fileName + ".sql");
        StringBuilder text = new StringBuilder()
                .append("-- ").append(title).append('\n')
                .append("-- sent to ").append(target.displayName()).append('\n');
        if (statements.isEmpty()) {
            text.append("-- (no SQL was sent)\n");
        }
        statements.forEach(statement -> text.append(statement.render()).append('\n'));
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the lesson's SQL to " + file, e);
        }
    }
}
