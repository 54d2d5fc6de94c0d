package dev.dbpatterns.archfixtures.domainseesweb.domain;

import dev.dbpatterns.archfixtures.domainseesweb.web.BookPage;

/** Wrong on purpose: the domain writes the web layer's page. */
public record Book(String title) {
    BookPage page() {
        return new BookPage(title);
    }
}
