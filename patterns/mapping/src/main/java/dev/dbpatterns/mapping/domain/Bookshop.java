package dev.dbpatterns.mapping.domain;

import java.util.Optional;
import java.util.UUID;

/**
 * The bookshop's records, as the port both styles implement. Each call is a transaction of its own;
 * what the database refuses comes back as one of the domain's exceptions, never the driver's.
 */
// tag::port[]
public interface Bookshop {

    /**
     * Adds a new author with the books they wrote and each book's tags (the tags already saved).
     *
     * @throws DuplicateNameException when another author has this name
     * @throws MissingValueException when the author has no name
     */
    Author add(Author author);

    /** The author with their books, each book with its tags and naming this author. */
    Optional<Author> findAuthor(long id);

    /** Takes the book off its author's list: the book and its tagging are deleted. */
    void withdraw(long authorId, String isbn);

    /** @throws DuplicateNameException when a tag has this name already */
    Tag add(Tag tag);

    /** @throws StillReferencedException when a book still carries the tag */
    void deleteTag(String name);

    Delivery add(Delivery delivery);

    Optional<Delivery> findDelivery(UUID id);
}
// end::port[]
