package dev.dbpatterns.archfixtures.clean.application;

import dev.dbpatterns.archfixtures.clean.domain.Books;

public record LendBook(Books books) {
    public boolean canLend(long id) {
        return books.findById(id).isPresent();
    }
}
