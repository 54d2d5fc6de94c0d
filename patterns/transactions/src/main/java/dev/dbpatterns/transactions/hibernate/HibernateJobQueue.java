package dev.dbpatterns.transactions.hibernate;

import dev.dbpatterns.transactions.domain.Job;
import dev.dbpatterns.transactions.domain.JobQueue;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.hibernate.Session;
import org.hibernate.Timeouts;
import org.hibernate.jpa.SpecHints;

/** The work queue in Hibernate. */
final class HibernateJobQueue implements JobQueue {
    private final Session session;

    HibernateJobQueue(Session session) {
        this.session = session;
    }

    @Override
    public Job add(String payload) {
        Job job = new Job(payload);
        session.persist(job);
        return job;
    }

    // tag::skip-locked[]
    @Override
    public Optional<Job> claimNext(String worker) {
        Optional<Job> next = session.createSelectionQuery("from Job where claimedBy is null order by id", Job.class)
                .setMaxResults(1)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint(SpecHints.HINT_SPEC_LOCK_TIMEOUT, Timeouts.SKIP_LOCKED_MILLI)
                .getResultStream()
                .findFirst();
        next.ifPresent(job -> job.claimFor(worker)); // written at commit
        return next;
    }
    // end::skip-locked[]
}
