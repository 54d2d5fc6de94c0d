package dev.dbpatterns.archfixtures.clean.domain;

import java.util.Optional;

public interface Books {
    Optional<Book> findById(long id);
}
