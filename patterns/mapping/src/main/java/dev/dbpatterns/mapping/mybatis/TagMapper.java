package dev.dbpatterns.mapping.mybatis;

import dev.dbpatterns.mapping.domain.Tag;

/** Tags; SQL in TagMapper.xml. */
public interface TagMapper {
    /** Takes the id from the sequence first, then inserts. */
    void insert(Tag tag);

    int deleteByName(String name);
}
