package dev.dbpatterns.archfixtures.domainseesadapter.domain;

import dev.dbpatterns.archfixtures.domainseesadapter.mybatis.BookRow;

/** Wrong on purpose: the domain depends on an adapter's row type. */
public record Book(String title) {
    static Book of(BookRow row) {
        return new Book(row.title());
    }
}
