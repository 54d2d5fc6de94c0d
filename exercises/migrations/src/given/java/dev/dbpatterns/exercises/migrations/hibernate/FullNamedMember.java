package dev.dbpatterns.exercises.migrations.hibernate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** Release N+1's member: the name in the column {@code full_name}; this release never mentions {@code name}. */
@Entity
@Table(name = "member")
public class FullNamedMember extends MemberRow {
    @Column(name = "full_name")
    private String fullName;

    protected FullNamedMember() {
    }

    public FullNamedMember(String fullName, String email) {
        super(email);
        this.fullName = fullName;
    }

    @Override
    public String name() {
        return fullName;
    }

    @Override
    public void rename(String name) {
        this.fullName = name;
    }
}
