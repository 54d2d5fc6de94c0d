package dev.dbpatterns.docs.site;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What would send a reader nowhere: a link, image or script whose file is not in the site, a
 * link to an anchor its page does not have, text Asciidoctor could not resolve, and an image or
 * script from elsewhere (the site must work offline). Links to other sites are the reader's.
 */
final class LinkCheck {
    private final RenderedSite site;
    private final Map<String, Document> parsed = new HashMap<>();

    private LinkCheck(RenderedSite site) {
        this.site = site;
    }

    static List<String> problems(RenderedSite site) {
        return new LinkCheck(site).all();
    }

    private List<String> all() {
        List<String> problems = new ArrayList<>();
        for (String name : site.pages()) {
            Document page = page(name);
            if (page.text().contains("Unresolved directive")) {
                problems.add(name + ": Asciidoctor could not resolve a directive (an include?)");
            }
            for (Element link : page.select("a[href]")) {
                String target = link.attr("href");
                if (!URI.create(target.replace(" ", "%20")).isAbsolute()) {
                    problem(name, target).ifPresent(problems::add);
                }
            }
            for (Element resource : page.select("img[src], script[src], link[href]")) {
                String target = resource.hasAttr("src") ? resource.attr("src") : resource.attr("href");
                problem(name, target).ifPresent(problems::add);
            }
        }
        return problems;
    }

    private Optional<String> problem(String from, String target) {
        URI uri = URI.create(target.replace(" ", "%20"));
        if (uri.isAbsolute() || target.startsWith("//")) {
            return Optional.of(from + ": loads " + target + " from elsewhere; the site must work offline");
        }
        String file = uri.getPath() == null || uri.getPath().isEmpty()
                ? from : URI.create(from).resolve(uri.getPath()).normalize().toString();
        if (!site.exists(file)) {
            return Optional.of(from + ": " + target + " points to " + file + ", which is not in the site");
        }
        String anchor = uri.getFragment();
        if (anchor != null && !anchor.isEmpty() && file.endsWith(".html") && page(file).getElementById(anchor) == null) {
            return Optional.of(from + ": " + target + " points to #" + anchor + ", which " + file + " lacks");
        }
        return Optional.empty();
    }

    private Document page(String name) {
        return parsed.computeIfAbsent(name, site::page);
    }
}
