package dev.dbpatterns.exercises.pooling.mybatis;

import dev.dbpatterns.exercises.pooling.domain.Hold;

/** The statements MyBatis sends for holds; their SQL is in HoldMapper.xml, same package path. */
public interface HoldMapper {
    /** Inserts the hold and fills in its generated id. */
    void insert(Hold hold);

    long countByIsbn(String isbn);
}
