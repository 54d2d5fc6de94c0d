package dev.dbpatterns.archfixtures.domainseesweb.web;

/** The web layer's answer for one book. */
public record BookPage(String title) {
}
