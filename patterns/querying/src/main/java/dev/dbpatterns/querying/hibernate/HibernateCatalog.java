package dev.dbpatterns.querying.hibernate;

import dev.dbpatterns.querying.domain.Author;
import dev.dbpatterns.querying.domain.AuthorBookCount;
import dev.dbpatterns.querying.domain.Book;
import dev.dbpatterns.querying.domain.BookFilter;
import dev.dbpatterns.querying.domain.BookKey;
import dev.dbpatterns.querying.domain.BookLine;
import dev.dbpatterns.querying.domain.Catalog;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import java.util.List;
import java.util.Optional;
import org.hibernate.SessionFactory;
import org.hibernate.query.criteria.HibernateCriteriaBuilder;

/** The catalog in Hibernate: HQL where the query is fixed, the Criteria API where it is assembled. */
public final class HibernateCatalog implements Catalog {
    private final SessionFactory sessions;

    public HibernateCatalog(SessionFactory sessions) {
        this.sessions = sessions;
    }

    // tag::select-all[]
    @Override
    public List<Author> allAuthors() {
        return sessions.fromSession(s -> s.createSelectionQuery("from Author order by name, id", Author.class)
                .getResultList());
    }
    // end::select-all[]

    // tag::first-or-none[]
    @Override
    public Optional<Author> authorNamed(String name) {
        return sessions.fromSession(s -> Optional.ofNullable(s
                .createSelectionQuery("from Author where name = :name order by id", Author.class)
                .setParameter("name", name).setMaxResults(1).getSingleResultOrNull()));
    }
    // end::first-or-none[]

    // tag::search[]
    @Override
    public List<Book> search(BookFilter filter) {
        return sessions.fromSession(session -> {
            HibernateCriteriaBuilder cb = session.getCriteriaBuilder();
            CriteriaQuery<Book> query = cb.createQuery(Book.class);
            Root<Book> book = query.from(Book.class);
            query.where(BookCriteria.matching(cb, book, filter))
                    .orderBy(cb.asc(book.get("publishedYear")), cb.asc(book.get("id")));
            return session.createSelectionQuery(query).getResultList();
        });
    }
    // end::search[]

    // tag::count[]
    @Override
    public long count(BookFilter filter) {
        return sessions.fromSession(session -> {
            HibernateCriteriaBuilder cb = session.getCriteriaBuilder();
            CriteriaQuery<Long> query = cb.createQuery(Long.class);
            Root<Book> book = query.from(Book.class);
            query.select(cb.count(book)).where(BookCriteria.matching(cb, book, filter));
            return session.createSelectionQuery(query).getSingleResult();
        });
    }
    // end::count[]

    // tag::join[]
    @Override
    public List<BookLine> bookLines() {
        // An entity join on the id the book holds; the two columns become a BookLine each.
        return sessions.fromSession(s -> s.createSelectionQuery(
                "select b.title, a.name from Book b join Author a on a.id = b.authorId order by a.name, b.title",
                BookLine.class).getResultList());
    }
    // end::join[]

    // tag::group-by[]
    @Override
    public List<AuthorBookCount> authorsWithAtLeast(int books) {
        return sessions.fromSession(s -> s.createSelectionQuery("""
                select a.name, count(b) from Author a join Book b on b.authorId = a.id
                group by a.id, a.name having count(b) >= :books
                order by count(b) desc, a.name""", AuthorBookCount.class)
                .setParameter("books", (long) books).getResultList());
    }
    // end::group-by[]

    // tag::exists[]
    @Override
    public List<Author> authorsReviewed() {
        return sessions.fromSession(s -> s.createSelectionQuery("""
                from Author a
                where exists (select 1 from Review r where r.book.authorId = a.id)
                order by a.name""", Author.class).getResultList());
    }
    // end::exists[]

    @Override
    public List<Book> pricedAboveAverage() {
        return sessions.fromSession(s -> s.createSelectionQuery(
                "from Book where price > (select avg(price) from Book) order by price desc, id", Book.class)
                .getResultList());
    }

    // tag::offset[]
    @Override
    public List<Book> pageAt(int offset, int size) {
        return sessions.fromSession(s -> s.createSelectionQuery("from Book order by publishedYear, id", Book.class)
                .setFirstResult(offset).setMaxResults(size).getResultList());
    }
    // end::offset[]

    // tag::keyset[]
    @Override
    public List<Book> pageAfter(BookKey after, int size) {
        return sessions.fromSession(s -> {
            if (after == null) {
                return s.createSelectionQuery("from Book order by publishedYear, id", Book.class)
                        .setMaxResults(size).getResultList();
            }
            return s.createSelectionQuery("""
                    from Book where publishedYear > :year or (publishedYear = :year and id > :id)
                    order by publishedYear, id""", Book.class)
                    .setParameter("year", after.publishedYear()).setParameter("id", after.id())
                    .setMaxResults(size).getResultList();
        });
    }
    // end::keyset[]

    // tag::join-fetch[]
    @Override
    public List<Author> authorsWithBooksJoined() {
        return sessions.fromSession(s -> s.createSelectionQuery(
                "from Author a left join fetch a.books order by a.name, a.id", Author.class).getResultList());
    }
    // end::join-fetch[]

    // tag::subselect[]
    /**
     * Subselect fetching, switched on for this session only: touching one author's books loads
     * the books of every author the first query returned, by repeating that query as a subquery.
     */
    @Override
    public List<Author> authorsWithBooksInTwoSelects() {
        return sessions.fromSession(session -> {
            session.setSubselectFetchingEnabled(true);
            List<Author> authors = session.createSelectionQuery("from Author order by name, id", Author.class)
                    .getResultList();
            authors.forEach(author -> author.books().size()); // the first loads them all
            return authors;
        });
    }
    // end::subselect[]
}
