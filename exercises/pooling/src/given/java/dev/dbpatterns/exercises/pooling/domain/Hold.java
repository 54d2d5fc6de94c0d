package dev.dbpatterns.exercises.pooling.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A reader's hold on a book: the code on the slip, the book's ISBN and who waits for it. */
@Entity
@Table(name = "book_hold")
public class Hold {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 20)
    private String code;

    @Column(nullable = false, length = 20)
    private String isbn;

    @Column(nullable = false, length = 60)
    private String reader;

    /** For the frameworks, which create the object first and fill in its fields. */
    protected Hold() {
    }

    public Hold(String code, String isbn, String reader) {
        this.code = code;
        this.isbn = isbn;
        this.reader = reader;
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String isbn() {
        return isbn;
    }

    public String reader() {
        return reader;
    }

    @Override
    public String toString() {
        return "Hold[" + code + ", " + isbn + ", " + reader + "]";
    }
}
