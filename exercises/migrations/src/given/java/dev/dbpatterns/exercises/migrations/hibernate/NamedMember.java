package dev.dbpatterns.exercises.migrations.hibernate;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** Release N's member: the name in the column {@code name}. */
@Entity
@Table(name = "member")
public class NamedMember extends MemberRow {
    private String name;

    protected NamedMember() {
    }

    public NamedMember(String name, String email) {
        super(email);
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void rename(String name) {
        this.name = name;
    }
}
