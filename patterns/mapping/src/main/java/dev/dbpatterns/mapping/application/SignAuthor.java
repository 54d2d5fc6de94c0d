package dev.dbpatterns.mapping.application;

import dev.dbpatterns.mapping.domain.Author;
import dev.dbpatterns.mapping.domain.Book;
import dev.dbpatterns.mapping.domain.Bookshop;
import dev.dbpatterns.mapping.domain.DuplicateNameException;
import dev.dbpatterns.mapping.domain.Money;
import dev.dbpatterns.mapping.domain.Tag;

/** Signs a new author with their first book: the use case sees the port and the domain's exceptions only. */
public final class SignAuthor {
    private final Bookshop shop;

    public SignAuthor(Bookshop shop) {
        this.shop = shop;
    }

    public sealed interface Result {
        record Signed(long authorId) implements Result {
        }

        record Refused(String reason) implements Result {
        }
    }

    public Result sign(String name, String isbn, String title, Money price, Tag... tags) {
        Author author = new Author(name);
        Book book = author.write(isbn, title, price);
        for (Tag tag : tags) {
            book.tag(tag);
        }
        try {
            return new Result.Signed(shop.add(author).id());
        } catch (DuplicateNameException e) {
            return new Result.Refused("An author called " + name + " is already signed");
        }
    }
}
