package dev.dbpatterns.docs.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The SQL a page shows must be newer than the code that sent it. A lesson-sql file older than any
 * source file of its module was written before the code last changed (or by a lesson since
 * renamed), and the page would show SQL the code no longer sends. The same holds for SQL a lesson
 * wrote itself under its module's target (a schema draft in lesson-log, say).
 */
final class SqlFreshnessCheck {
    private static final Pattern ATTRIBUTE_ENTRY = Pattern.compile("^:([\\w-]+):\\s*(.*)$");
    private static final Pattern SQL_INCLUDE = Pattern.compile("^include::(.+?\\.sql)\\[.*\\]$");
    private static final Pattern REFERENCE = Pattern.compile("\\{([\\w-]+)}");

    private SqlFreshnessCheck() {
    }

    /**
     * @param pages   the AsciiDoc pages
     * @param globals the attributes the pom gives every page (patterns-dir, docs-sql)
     */
    static List<String> problems(List<Path> pages, Map<String, String> globals) {
        List<String> problems = new ArrayList<>();
        for (Path page : pages) {
            Map<String, String> attributes = new HashMap<>(globals);
            for (String line : lines(page)) {
                Matcher entry = ATTRIBUTE_ENTRY.matcher(line);
                Matcher include = SQL_INCLUDE.matcher(line);
                if (entry.matches()) {
                    attributes.put(entry.group(1), resolve(entry.group(2), attributes));
                } else if (include.matches()) {
                    Path sql = Path.of(resolve(include.group(1), attributes)).normalize();
                    staleness(sql).ifPresent(problem -> problems.add(page.getFileName() + ": " + problem));
                }
            }
        }
        return problems;
    }

    private static java.util.Optional<String> staleness(Path sql) {
        if (!Files.isRegularFile(sql)) {
            return java.util.Optional.of(sql + " does not exist");
        }
        // What a lesson wrote lies under its module's target: lesson-sql/<Class>/<method>.sql, or a file of
        // its own such as lesson-log/<Class>/<name>.sql. Either is as old as the run that wrote it.
        Path module = moduleOf(sql);
        if (module == null) {
            return java.util.Optional.of(sql + " is not under a module's target/: only SQL a lesson wrote can be included as SQL");
        }
        Path newest = newestSource(module.resolve("src"));
        if (newest != null && modified(newest).compareTo(modified(sql)) > 0) {
            return java.util.Optional.of(sql + " is older than " + newest + ": run that module's lessons again"
                    + " (./mvnw -q -f " + module.resolve("pom.xml").normalize() + " test) or build from the root");
        }
        return java.util.Optional.empty();
    }

    /** The folder holding the file's nearest {@code target} folder; null when it lies under none. */
    private static Path moduleOf(Path file) {
        for (Path folder = file.toAbsolutePath().getParent(); folder != null && folder.getParent() != null; folder = folder.getParent()) {
            if (folder.getFileName().toString().equals("target")) {
                return folder.getParent();
            }
        }
        return null;
    }

    private static Path newestSource(Path sources) {
        try (Stream<Path> files = Files.walk(sources)) {
            return files.filter(Files::isRegularFile).max((a, b) -> modified(a).compareTo(modified(b))).orElse(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String resolve(String text, Map<String, String> attributes) {
        return REFERENCE.matcher(text).replaceAll(match ->
                Matcher.quoteReplacement(attributes.getOrDefault(match.group(1), match.group())));
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(Path page) {
        try {
            return Files.readAllLines(page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
