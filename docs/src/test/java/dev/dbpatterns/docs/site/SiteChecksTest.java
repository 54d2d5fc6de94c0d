package dev.dbpatterns.docs.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checks SiteIT runs over the real site, proven on small sites that break them. */
@DisplayName("The site checks")
class SiteChecksTest {
    @TempDir
    Path root;

    private RenderedSite site(String... namesAndBodies) throws IOException {
        for (int i = 0; i < namesAndBodies.length; i += 2) {
            Path page = root.resolve(namesAndBodies[i]);
            Files.createDirectories(page.getParent());
            Files.writeString(page, "<html><body><div id=\"content\">" + namesAndBodies[i + 1] + "</div></body></html>");
        }
        return new RenderedSite(root);
    }

    @Nested
    @DisplayName("links")
    class Links {
        @Test
        @DisplayName("pass when every file and anchor exists")
        void passWhenAllResolve() throws IOException {
            RenderedSite site = site("index.html", "<a href='patterns/a.html#why'>a</a><a href='#top' id='top'>top</a>",
                    "patterns/a.html", "<h2 id='why'>Why</h2><a href='../index.html'>home</a><a href='https://jdbc.org'>x</a>");
            assertThat(LinkCheck.problems(site)).isEmpty();
        }

        @Test
        @DisplayName("report a missing page, a missing anchor, an unresolved directive and a script from elsewhere")
        void reportEachBreak() throws IOException {
            RenderedSite site = site("index.html", "<a href='gone.html'>gone</a><a href='other.html#nowhere'>x</a>"
                            + "<p>Unresolved directive in index.adoc - include::x.java[tag=y]</p>"
                            + "<script src='https://cdn.example/x.js'></script>",
                    "other.html", "<h2 id='here'>Here</h2>");
            assertThat(LinkCheck.problems(site)).hasSize(4).anySatisfy(p -> assertThat(p).contains("gone.html"))
                    .anySatisfy(p -> assertThat(p).contains("#nowhere"))
                    .anySatisfy(p -> assertThat(p).contains("could not resolve"))
                    .anySatisfy(p -> assertThat(p).contains("offline"));
        }
    }

    @Nested
    @DisplayName("pattern pages")
    class PatternPages {
        private static final String SQL = "<div class='listingblock sent-sql'><pre><code data-lang='sql'>"
                + "-- step\n-- sent to H2 (in memory)\nselect 1;</code></pre></div>";

        private static String tab(String style, String content) {
            return "<div class='exampleblock tab'><div class='title'>" + style + "</div><div class='content'>"
                    + content + "</div></div>";
        }

        private static String page(List<String> sections, String hibernateTab) {
            StringBuilder html = new StringBuilder();
            for (String id : sections) {
                html.append("<div class='sect1'><h2 id='").append(id).append("'>").append(id)
                        .append("</h2><div class='sectionbody'>");
                if (id.equals("styles")) {
                    html.append("<div class='openblock tabs'><div class='content'>")
                            .append(tab("MyBatis", "<pre><code data-lang='java'>mapper.findAll();</code></pre>" + SQL))
                            .append(hibernateTab).append("</div></div>");
                }
                if (id.equals("diagram")) {
                    html.append("<div class='imageblock'><img src='classes.svg'></div>");
                }
                html.append("</div></div>");
            }
            return html.toString();
        }

        private static final String HIBERNATE = tab("Hibernate",
                "<pre><code data-lang='java'>session.find(Book.class, 1);</code></pre>" + SQL);

        @Test
        @DisplayName("pass when the page follows the template")
        void passWhenComplete() throws IOException {
            RenderedSite site = site("patterns/a.html", page(PatternPageCheck.SECTIONS, HIBERNATE));
            assertThat(PatternPageCheck.problems(site, "patterns/a.html")).isEmpty();
        }

        @Test
        @DisplayName("report a missing Hibernate tab, sections out of order, and a missing diagram")
        void reportEachGap() throws IOException {
            List<String> shuffled = List.of("intent", "styles", "problem", "when", "pitfalls", "run", "exercise");
            RenderedSite site = site("patterns/a.html", page(shuffled, ""));
            assertThat(PatternPageCheck.problems(site, "patterns/a.html"))
                    .anySatisfy(p -> assertThat(p).contains("sections"))
                    .anySatisfy(p -> assertThat(p).contains("no Hibernate tab with Java or XML code"))
                    .anySatisfy(p -> assertThat(p).contains("no Hibernate tab with the SQL"))
                    .anySatisfy(p -> assertThat(p).contains("no diagram"));
        }

        @Test
        @DisplayName("report a catalog that misses a pattern page")
        void reportAnIncompleteCatalog() throws IOException {
            RenderedSite site = site("index.html", "<div class='sect1'><h2 id='the-catalog'>Catalog</h2>"
                            + "<div class='sectionbody'><table><tr><td><a href='patterns/a.html'>A</a></td></tr></table></div></div>",
                    "patterns/a.html", "", "patterns/b.html", "");
            assertThat(PatternPageCheck.catalogProblems(site)).singleElement().asString().contains("patterns/b.html");
        }
    }

    @Nested
    @DisplayName("the SQL a page includes")
    class SqlFreshness {
        private Path page;
        private Path sql;
        private Path lesson;

        @org.junit.jupiter.api.BeforeEach
        void moduleWithALesson() throws IOException {
            Path module = root.resolve("patterns/shop");
            lesson = Files.createDirectories(module.resolve("src/test/java")).resolve("ShopLesson.java");
            Files.writeString(lesson, "class ShopLesson {}");
            sql = Files.createDirectories(module.resolve("target/lesson-sql/ShopLesson")).resolve("step.sql");
            Files.writeString(sql, "-- step\n-- sent to H2 (in memory)\nselect 1;\n");
            page = Files.writeString(root.resolve("shop.adoc"), String.join("\n", "= Shop",
                    ":module: {patterns-dir}/shop", ":sql: {module}/target/lesson-sql", "",
                    "[source,sql]", "----", "include::{sql}/ShopLesson/step.sql[]", "----", ""));
        }

        private List<String> problems() {
            return SqlFreshnessCheck.problems(List.of(page), java.util.Map.of("patterns-dir", root.resolve("patterns").toString()));
        }

        private void touch(Path file, long secondsAgo) throws IOException {
            Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.from(
                    java.time.Instant.now().minusSeconds(secondsAgo)));
        }

        @Test
        @DisplayName("passes when the lesson wrote it after its module's code last changed")
        void passWhenFresh() throws IOException {
            touch(lesson, 60);
            touch(sql, 10);
            assertThat(problems()).isEmpty();
        }

        @Test
        @DisplayName("is reported when the module's code changed after the lesson wrote it")
        void reportWhenStale() throws IOException {
            touch(sql, 60);
            touch(lesson, 10);
            assertThat(problems()).singleElement().asString().contains("step.sql is older than").contains("ShopLesson.java");
        }

        @Test
        @DisplayName("is reported when it does not exist")
        void reportWhenMissing() throws IOException {
            Files.delete(sql);
            assertThat(problems()).singleElement().asString().contains("does not exist");
        }

        @Test
        @DisplayName("written by a lesson outside lesson-sql (a schema draft in lesson-log) is checked against its module's code the same way")
        void checkALessonsOwnFile() throws IOException {
            Path draft = Files.createDirectories(root.resolve("patterns/shop/target/lesson-log/ShopLesson")).resolve("draft-h2.sql");
            Files.writeString(draft, "create table shop (id bigint);\n");
            Files.writeString(page, "= Shop\n:module: {patterns-dir}/shop\n\ninclude::{module}/target/lesson-log/ShopLesson/draft-h2.sql[]\n");
            touch(draft, 60);
            touch(lesson, 10);
            assertThat(problems()).singleElement().asString().contains("draft-h2.sql is older than").contains("ShopLesson.java");
            touch(draft, 5);
            assertThat(problems()).isEmpty();
        }

        @Test
        @DisplayName("is reported when it is a source file, not something a lesson wrote")
        void reportASourceScript() throws IOException {
            Path script = Files.createDirectories(root.resolve("patterns/shop/src/main/resources/db")).resolve("V1__shop.sql");
            Files.writeString(script, "create table shop (id bigint);\n");
            Files.writeString(page, "= Shop\n:module: {patterns-dir}/shop\n\ninclude::{module}/src/main/resources/db/V1__shop.sql[]\n");
            assertThat(problems()).singleElement().asString().contains("V1__shop.sql is not under a module's target/");
        }
    }
}
