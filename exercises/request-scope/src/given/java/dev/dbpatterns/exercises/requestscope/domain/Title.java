package dev.dbpatterns.exercises.requestscope.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A title on the library's shelf, with the copies not lent out. MyBatis fills its fields as Hibernate does. */
@Entity
@Table(name = "title")
public class Title {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    private int copies;

    protected Title() {
    }

    public long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public int copies() {
        return copies;
    }
}
