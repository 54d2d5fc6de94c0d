package dev.dbpatterns.archfixtures.hibernateindomain.domain;

import org.hibernate.Session;

/** Wrong on purpose: a domain class that reaches for the Hibernate Session. */
public class Book {
    void save(Session session) {
        session.persist(this);
    }
}
