package dev.dbpatterns.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Builds the site's search index at build time, so that searching needs neither a server nor
 * Node: one entry per section of every rendered page, written as {@code assets/search-index.js},
 * which every page loads and {@code assets/site.js} searches.
 */
public final class SearchIndex {
    static final String INDEX_FILE = "assets/search-index.js";
    private static final int MAX_TEXT = 4000;

    /** One section of one page: what the search shows and where it leads. */
    public record Entry(String page, String title, String url, String text) {
    }

    private SearchIndex() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1 || !Files.isDirectory(Path.of(args[0]))) {
            throw new IllegalArgumentException("Give the rendered site's directory, e.g. docs/target/site; got "
                    + String.join(" ", args));
        }
        Path site = Path.of(args[0]);
        List<Entry> entries = new ArrayList<>();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path page : files.filter(file -> file.toString().endsWith(".html")).sorted().toList()) {
                String url = site.relativize(page).toString().replace('\\', '/');
                entries.addAll(entriesOf(Jsoup.parse(page.toFile(), "UTF-8"), url));
            }
        }
        Path index = site.resolve(INDEX_FILE);
        Files.createDirectories(index.getParent());
        Files.writeString(index, toJavaScript(entries), StandardCharsets.UTF_8);
        System.out.println("Search index: " + entries.size() + " sections of the site in " + index);
    }

    /** The page's preamble, then each level-2 and level-3 section, each without its subsections. */
    static List<Entry> entriesOf(Document page, String url) {
        String pageTitle = page.select("#header > h1").text();
        List<Entry> entries = new ArrayList<>();
        Element preamble = page.selectFirst("#preamble");
        if (preamble != null) {
            entries.add(new Entry(pageTitle, pageTitle, url, text(preamble)));
        }
        for (Element section : page.select("#content .sect1, #content .sect2")) {
            Element heading = section.selectFirst("> h2, > h3");
            if (heading == null || heading.id().isEmpty()) {
                continue;
            }
            Element body = section.clone();
            body.select(".sect2, .sect3, > h2, > h3").remove();
            entries.add(new Entry(pageTitle, heading.text(), url + "#" + heading.id(), text(body)));
        }
        return entries;
    }

    private static String text(Element element) {
        String text = element.text().replaceAll("\\s+", " ").trim();
        return text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
    }

    static String toJavaScript(List<Entry> entries) {
        return entries.stream()
                .map(entry -> "{\"page\":" + json(entry.page()) + ",\"title\":" + json(entry.title())
                        + ",\"url\":" + json(entry.url()) + ",\"text\":" + json(entry.text()) + "}")
                .collect(Collectors.joining(",\n", "window.DBPATTERNS_SEARCH_INDEX = [\n", "\n];\n"));
    }

    /** A JSON string; also safe inside a script element, since '<' is escaped. */
    static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '<' -> out.append("\\u003c");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
