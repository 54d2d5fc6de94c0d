package dev.dbpatterns.transactions.mybatis;

import dev.dbpatterns.transactions.domain.Job;
import dev.dbpatterns.transactions.domain.JobQueue;
import java.util.Optional;
import org.apache.ibatis.session.SqlSession;

/** The work queue in MyBatis. */
final class MyBatisJobQueue implements JobQueue {
    private final JobMapper mapper;

    MyBatisJobQueue(SqlSession session) {
        this.mapper = session.getMapper(JobMapper.class);
    }

    @Override
    public Job add(String payload) {
        Job job = new Job(payload);
        mapper.insert(job);
        return job;
    }

    @Override
    public Optional<Job> claimNext(String worker) {
        Job job = mapper.lockNextUnclaimed();
        if (job == null) {
            return Optional.empty();
        }
        job.claimFor(worker);
        mapper.claim(job);
        return Optional.of(job);
    }
}
