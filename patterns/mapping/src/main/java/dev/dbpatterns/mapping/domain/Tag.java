package dev.dbpatterns.mapping.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Objects;

/** A word a book is filed under; many books share a tag. Equal by name, which is unique. */
@Entity
@Table(name = "tag")
public class Tag {
    // tag::sequence-id[]
    // The id comes from a sequence before the INSERT, so inserts of new tags can share a JDBC batch.
    // allocationSize matches the sequence's increment: one nextval serves 50 tags.
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tag_ids")
    @SequenceGenerator(name = "tag_ids", sequenceName = "tag_id_seq", allocationSize = 50)
    private Long id;
    // end::sequence-id[]

    @Column(nullable = false, length = 40)
    private String name;

    protected Tag() {
    }

    public Tag(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A tag needs a name");
        }
        this.name = name;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Tag tag && Objects.equals(name, tag.name);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(name);
    }

    @Override
    public String toString() {
        return "Tag[" + name + "]";
    }
}
