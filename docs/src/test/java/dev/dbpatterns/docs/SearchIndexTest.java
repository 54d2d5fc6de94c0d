package dev.dbpatterns.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dbpatterns.docs.SearchIndex.Entry;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The search index")
class SearchIndexTest {
    private static final String PAGE = """
            <html><body><div id="header"><h1>Repository</h1></div>
            <div id="content">
              <div id="preamble"><p>Books as a collection.</p></div>
              <div class="sect1"><h2 id="styles">Both styles</h2><div class="sectionbody">
                <p>Two engines.</p>
                <div class="sect2"><h3 id="saving">Saving a book</h3><pre>session.persist(book)</pre></div>
              </div></div>
            </div></body></html>""";

    @Test
    @DisplayName("has an entry for the preamble and each section, without the text of its subsections")
    void oneEntryPerSection() {
        List<Entry> entries = SearchIndex.entriesOf(Jsoup.parse(PAGE), "patterns/repository.html");

        assertThat(entries).containsExactly(
                new Entry("Repository", "Repository", "patterns/repository.html", "Books as a collection."),
                new Entry("Repository", "Both styles", "patterns/repository.html#styles", "Two engines."),
                new Entry("Repository", "Saving a book", "patterns/repository.html#saving", "session.persist(book)"));
    }

    @Test
    @DisplayName("is written as a script whose strings cannot end the string or the script element")
    void escapesText() {
        String script = SearchIndex.toJavaScript(List.of(new Entry("P", "say \"hi\"", "p.html", "a</script>\\b\n")));

        assertThat(script).startsWith("window.DBPATTERNS_SEARCH_INDEX = [")
                .contains("\"say \\\"hi\\\"\"")
                .contains("\"a\\u003c/script>\\\\b\\n\"")
                .doesNotContain("</script>");
    }
}
