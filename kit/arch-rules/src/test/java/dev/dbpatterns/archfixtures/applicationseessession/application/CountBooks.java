package dev.dbpatterns.archfixtures.applicationseessession.application;

import org.hibernate.Session;

/** Wrong on purpose: the use case takes a framework type. */
public record CountBooks(Session session) {
    public long run() {
        return session.createSelectionQuery("select count(*) from Book", Long.class).getSingleResult();
    }
}
