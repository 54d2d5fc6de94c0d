package dev.dbpatterns.transactions.domain;

import java.util.Optional;

/** A work queue in a table, inside one transaction ({@link Transaction#jobs()}). */
public interface JobQueue {

    Job add(String payload);

    /**
     * Claims the oldest unclaimed job for the worker, passing over jobs another transaction holds
     * locked right now ({@code FOR UPDATE SKIP LOCKED}): workers never wait for each other, and no
     * job is claimed twice. The claim stays locked until this transaction ends.
     */
    Optional<Job> claimNext(String worker);
}
