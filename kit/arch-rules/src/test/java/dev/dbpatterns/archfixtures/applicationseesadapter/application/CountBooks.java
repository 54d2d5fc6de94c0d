package dev.dbpatterns.archfixtures.applicationseesadapter.application;

import dev.dbpatterns.archfixtures.applicationseesadapter.hibernate.HibernateBooks;

/** Wrong on purpose: the use case names an adapter instead of a port. */
public record CountBooks(HibernateBooks books) {
    public int run() {
        return books.count();
    }
}
