package dev.dbpatterns.migrations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The book as the next release maps it, one field ahead of the migrations: a subtitle. Only its
 * mapping matters here (SchemaDraftLesson drafts and validates it, nothing stores one), so it
 * has no accessors.
 */
@Entity
@Table(name = "book")
class NextReleaseBook {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 20, unique = true)
    private String isbn;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 20)
    private String shelf;

    /** New in the next release, and optional: the books already on the shelves have none. */
    @Column(length = 200)
    private String subtitle;

    protected NextReleaseBook() {
    }
}
