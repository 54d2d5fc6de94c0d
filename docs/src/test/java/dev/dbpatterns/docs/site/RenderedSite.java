package dev.dbpatterns.docs.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** The HTML the build rendered, page by page, named by its path from the site's root. */
record RenderedSite(Path root) {
    static final String PATTERNS = "patterns/";

    /** The site this build rendered: {@code site.directory} from the pom, or target/site. */
    static RenderedSite ofThisBuild() {
        Path root = Path.of(System.getProperty("site.directory", "target/site"));
        if (!Files.isRegularFile(root.resolve("index.html"))) {
            throw new IllegalStateException("No rendered site in " + root.toAbsolutePath()
                    + ": run ./mvnw -f docs/pom.xml verify, which renders it before the integration tests.");
        }
        return new RenderedSite(root);
    }

    /** Every page, as "index.html", "patterns/repository.html", … */
    List<String> pages() {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(".html"))
                    .map(file -> root.relativize(file).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The pages under patterns/: one per pattern, all built from the same template. */
    List<String> patternPages() {
        return pages().stream().filter(page -> page.startsWith(PATTERNS)).toList();
    }

    Document page(String name) {
        try {
            return Jsoup.parse(root.resolve(name).toFile(), "UTF-8", name);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + name, e);
        }
    }

    boolean exists(String name) {
        return Files.isRegularFile(root.resolve(name));
    }
}
