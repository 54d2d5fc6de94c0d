package dev.dbpatterns.docs.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * The skeleton every pattern page shares (patterns/_template.adoc): its sections in order, both
 * styles' code in tabs with the SQL each sent, and a diagram; and the home page's catalog, which
 * lists exactly the pattern pages there are.
 */
final class PatternPageCheck {
    static final List<String> SECTIONS = List.of("intent", "problem", "styles", "diagram", "when", "pitfalls", "run",
            "exercise");

    private PatternPageCheck() {
    }

    static List<String> problems(RenderedSite site, String name) {
        Document page = site.page(name);
        List<String> problems = new ArrayList<>();
        List<String> present = page.select("#content h2[id]").eachAttr("id").stream().filter(SECTIONS::contains).toList();
        if (!present.equals(SECTIONS)) {
            problems.add(name + ": sections " + present + "; the template's are " + SECTIONS + ", in that order");
        }
        for (String style : List.of("MyBatis", "Hibernate")) {
            Elements tabs = tabs(page, style);
            if (tabs.select("pre code[data-lang=java], pre code[data-lang=xml]").isEmpty()) {
                problems.add(name + ": no " + style + " tab with Java or XML code");
            }
            if (tabs.select(".listingblock.sent-sql pre code[data-lang=sql]").stream()
                    .noneMatch(sql -> sql.text().contains("-- sent to "))) {
                problems.add(name + ": no " + style + " tab with the SQL a lesson sent (a block with role sent-sql)");
            }
        }
        if (page.select("#diagram + .sectionbody .imageblock img[src$=.svg]").isEmpty()) {
            problems.add(name + ": no diagram (an SVG rendered by PlantUML) in the Diagram section");
        }
        return problems;
    }

    private static Elements tabs(Document page, String style) {
        Elements tabs = new Elements();
        for (Element tab : page.select(".openblock.tabs .exampleblock.tab")) {
            Element title = tab.selectFirst("> .title");
            if (title != null && title.text().trim().equals(style)) {
                tabs.add(tab);
            }
        }
        return tabs;
    }

    /** Pages the home page's catalog links to, compared with the pattern pages that exist. */
    static List<String> catalogProblems(RenderedSite site) {
        Set<String> listed = new TreeSet<>(site.page("index.html").select("#the-catalog + .sectionbody table a[href]")
                .eachAttr("href").stream().map(href -> href.replaceAll("#.*", "")).toList());
        Set<String> pages = new TreeSet<>(site.patternPages());
        List<String> problems = new ArrayList<>();
        if (!listed.equals(pages)) {
            problems.add("index.html: the catalog lists " + listed + " but the pattern pages are " + pages);
        }
        return problems;
    }
}
