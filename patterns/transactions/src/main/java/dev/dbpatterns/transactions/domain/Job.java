package dev.dbpatterns.transactions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A piece of work in the queue, claimed by at most one worker. */
@Entity
@Table(name = "job")
public class Job {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String payload;

    @Column(name = "claimed_by", length = 50)
    private String claimedBy;

    protected Job() {
    }

    public Job(String payload) {
        if (payload == null || payload.isBlank()) {
            throw new IllegalArgumentException("A job needs a payload: what is there to do?");
        }
        this.payload = payload;
    }

    public Long id() {
        return id;
    }

    public String payload() {
        return payload;
    }

    public String claimedBy() {
        return claimedBy;
    }

    public void claimFor(String worker) {
        if (claimedBy != null) {
            throw new IllegalStateException("Job " + id + " is already claimed by " + claimedBy);
        }
        this.claimedBy = worker;
    }

    @Override
    public String toString() {
        return "Job[" + id + ", " + payload + ", " + claimedBy + "]";
    }
}
