package dev.dbpatterns.archfixtures.crossadapters.hibernate;

import dev.dbpatterns.archfixtures.crossadapters.mybatis.BookMapper;

/** Wrong on purpose: one adapter borrowing from the other. */
public record HibernateBooks(BookMapper mapper) {
    public int count() {
        return mapper.count();
    }
}
