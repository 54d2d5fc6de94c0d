package dev.dbpatterns.docs.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The site this build rendered, read as HTML: every pattern page complete, nothing broken. */
@DisplayName("The rendered site")
class SiteIT {
    private static RenderedSite site;

    @BeforeAll
    static void readSite() {
        site = RenderedSite.ofThisBuild();
    }

    static Stream<String> patternPages() {
        return RenderedSite.ofThisBuild().patternPages().stream();
    }

    @Test
    @DisplayName("has the home page, the quick reference, the database targets and at least one pattern page")
    void hasItsPages() {
        assertThat(site.pages()).contains("index.html", "quick-reference.html", "database-targets.html");
        assertThat(site.patternPages()).contains("patterns/repository.html");
    }

    @ParameterizedTest
    @MethodSource("patternPages")
    @DisplayName("each pattern page has the template's sections, both styles' code, the SQL each sent, and a diagram")
    void patternPageIsComplete(String page) {
        assertThat(PatternPageCheck.problems(site, page)).isEmpty();
    }

    @Test
    @DisplayName("the home page's catalog lists exactly the pattern pages that exist")
    void catalogMatchesThePages() {
        assertThat(PatternPageCheck.catalogProblems(site)).isEmpty();
    }

    @Test
    @DisplayName("every internal link, anchor, image and script resolves, and no directive is left unresolved")
    void everythingResolves() {
        List<String> problems = LinkCheck.problems(site);
        assertThat(problems).isEmpty();
    }

    @Test
    @DisplayName("the SQL every page shows was written after its module's code last changed")
    void sqlIsFromTheCurrentCode() throws Exception {
        Path sources = Path.of(System.getProperty("asciidoc.source", "src/docs/asciidoc"));
        List<Path> pages;
        try (Stream<Path> files = Files.walk(sources)) {
            pages = files.filter(file -> file.toString().endsWith(".adoc"))
                    .filter(file -> !file.getFileName().toString().startsWith("_"))
                    .toList();
        }
        Map<String, String> globals = Map.of(
                "patterns-dir", System.getProperty("asciidoc.patterns-dir", "../patterns"),
                "docs-sql", System.getProperty("asciidoc.docs-sql", "target/lesson-sql"));

        assertThat(pages).isNotEmpty();
        assertThat(SqlFreshnessCheck.problems(pages, globals)).isEmpty();
    }

    @Test
    @DisplayName("the search index covers every page, each entry pointing at a page and anchor that exist")
    void searchIndexResolves() throws Exception {
        String index = java.nio.file.Files.readString(site.root().resolve("assets/search-index.js"));
        List<String> urls = java.util.regex.Pattern.compile("\"url\":\"([^\"]+)\"").matcher(index).results()
                .map(match -> match.group(1)).toList();

        assertThat(urls.stream().map(url -> url.replaceAll("#.*", "")).distinct()).containsExactlyInAnyOrderElementsOf(site.pages());
        assertThat(urls).allSatisfy(url -> {
            String[] parts = url.split("#", 2);
            assertThat(parts.length == 1 || site.page(parts[0]).getElementById(parts[1]) != null)
                    .as("%s points to an anchor that exists", url).isTrue();
        });
    }
}
