package dev.dbpatterns.archfixtures.clean.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Mapping annotations are metadata: allowed in the domain. */
@Entity
public class Book {
    @Id
    Long id;
}
