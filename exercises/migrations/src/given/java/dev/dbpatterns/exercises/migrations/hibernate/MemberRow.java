package dev.dbpatterns.exercises.migrations.hibernate;

import dev.dbpatterns.exercises.migrations.domain.Member;
import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.annotations.Generated;

/** The columns both releases map alike; each release's entity adds its own name column. */
@MappedSuperclass
public abstract class MemberRow {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String email;

    // The database owns the default (task 1): Hibernate leaves the column out of its INSERT and
    // reads back what the database put there.
    @Generated
    @Column(name = "loan_limit", insertable = false, updatable = false)
    private Integer loanLimit;

    protected MemberRow() {
    }

    protected MemberRow(String email) {
        this.email = email;
    }

    public Long id() {
        return id;
    }

    public abstract String name();

    public abstract void rename(String name);

    public Member toMember() {
        return new Member(id, name(), email, loanLimit == null ? 0 : loanLimit);
    }
}
