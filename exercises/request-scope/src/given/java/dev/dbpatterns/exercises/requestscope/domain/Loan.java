package dev.dbpatterns.exercises.requestscope.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A copy of a title a reader took home. The title is a plain id column: the foreign key checks it. */
@Entity
@Table(name = "loan")
public class Loan {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "title_id", nullable = false)
    private long titleId;

    @Column(nullable = false)
    private String reader;

    protected Loan() {
    }

    public Loan(long titleId, String reader) {
        this.titleId = titleId;
        this.reader = reader;
    }

    public long titleId() {
        return titleId;
    }

    public String reader() {
        return reader;
    }
}
