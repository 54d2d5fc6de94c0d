package dev.dbpatterns.transactions.mybatis;

import dev.dbpatterns.transactions.domain.Job;

/** The SQL for the work queue; the statements are in JobMapper.xml. */
public interface JobMapper {
    void insert(Job job);

    /** The oldest unclaimed job no other transaction holds locked, now locked by this one; null if none. */
    Job lockNextUnclaimed();

    int claim(Job job);
}
