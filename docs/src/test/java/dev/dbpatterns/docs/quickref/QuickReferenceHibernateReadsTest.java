package dev.dbpatterns.docs.quickref;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.kit.lesson.SqlLog;
import dev.dbpatterns.repository.domain.Author;
import dev.dbpatterns.repository.domain.Book;
import dev.dbpatterns.repository.domain.BookSearch;
import dev.dbpatterns.repository.domain.BookSort;
import dev.dbpatterns.repository.domain.PageRequest;
import dev.dbpatterns.repository.domain.Genre;
import dev.dbpatterns.repository.hibernate.HibernateAuthors;
import dev.dbpatterns.repository.hibernate.HibernateBooks;
import dev.dbpatterns.repository.hibernate.HibernateSetup;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The quick reference's reads in Hibernate: each snippet on the page is the tagged code of a step here. */
@DatabaseTest(migrations = {"repository", "docs"}) // the bookshop, and a review table of its own
@DisplayName("Quick reference, Hibernate: everyday reads")
class QuickReferenceHibernateReadsTest {
    private SessionFactory sessions;
    private Session session;

    @BeforeEach
    void openSession(LessonDatabase db) {
        sessions = db.shared("hibernate", HibernateSetup::sessionFactory);
        Shelf.stock(db);
        session = sessions.openSession();
    }

    @AfterEach
    void closeSession() {
        session.close();
    }

    private static List<String> titles(List<Book> books) {
        return books.stream().map(Book::title).toList();
    }

    @Test
    @DisplayName("select all: every book, by title")
    void selectAll(SqlLog sql) {
        // tag::select-all[]
        List<Book> books = session.createSelectionQuery("from Book order by title", Book.class).getResultList();
        // end::select-all[]
        assertThat(books).hasSize(Shelf.BOOKS);
        sql.expect().selects(1);
    }

    @Test
    @DisplayName("filter: the fantasy books")
    void filter(SqlLog sql) {
        // tag::filter[]
        List<Book> fantasy = session.createSelectionQuery("from Book where genre = :genre order by title", Book.class)
                .setParameter("genre", Genre.FANTASY)
                .getResultList();
        // end::filter[]
        assertThat(titles(fantasy)).containsExactly("A Wizard of Earthsea", "Mort", "Small Gods");
        sql.expect().selects(1);
    }

    @Test
    @DisplayName("AND with OR: science fiction from before 1970 or under 13.00")
    void andOr(SqlLog sql) {
        // tag::and-or[]
        List<Book> found = session.createSelectionQuery("""
                        from Book
                        where genre = :genre and (publishedYear < :year or price < :price)
                        order by title""", Book.class)
                .setParameter("genre", Genre.SCIENCE_FICTION)
                .setParameter("year", 1970)
                .setParameter("price", new BigDecimal("13.00"))
                .getResultList();
        // end::and-or[]
        assertThat(titles(found)).containsExactly("Dune", "The Left Hand of Darkness");
        sql.expect().selects(1);
    }

    @Test
    @DisplayName("first or none: the book with an ISBN, or an empty Optional")
    void firstOrNone(SqlLog sql) {
        // tag::first-or-none[]
        Optional<Book> dune = session.createSelectionQuery("from Book where isbn = :isbn", Book.class)
                .setParameter("isbn", "978-0-00-000004-2")
                .uniqueResultOptional();
        Optional<Book> none = session.createSelectionQuery("from Book where isbn = :isbn", Book.class)
                .setParameter("isbn", "978-9-99-999999-9")
                .uniqueResultOptional();
        // end::first-or-none[]
        assertThat(dune).map(Book::title).hasValue("Dune");
        assertThat(none).isEmpty();
        sql.expect().selects(2);
    }

    @Test
    @DisplayName("count: how many fantasy books, counted by the database")
    void count(SqlLog sql) {
        // tag::count[]
        long fantasy = session.createSelectionQuery("select count(*) from Book where genre = :genre", Long.class)
                .setParameter("genre", Genre.FANTASY)
                .getSingleResult();
        // end::count[]
        assertThat(fantasy).isEqualTo(3);
        sql.expect().selects(1);
    }

    @Test
    @DisplayName("join: science fiction titles beside their authors' names, in one SELECT")
    void join(SqlLog sql) {
        // tag::join[]
        // Book holds its author's id, not an Author, so the join names its condition (an entity join).
        List<TitleAndAuthor> rows = session.createSelectionQuery("""
                        select b.title, a.name from Book b join Author a on a.id = b.authorId
                        where b.genre = :genre
                        order by b.title""", TitleAndAuthor.class)
                .setParameter("genre", Genre.SCIENCE_FICTION)
                .getResultList();
        // end::join[]
        assertThat(rows).containsExactly(new TitleAndAuthor("Dune", "Frank Herbert"),
                new TitleAndAuthor("The Dispossessed", "Ursula K. Le Guin"),
                new TitleAndAuthor("The Left Hand of Darkness", "Ursula K. Le Guin"));
        sql.expect().selects(1);
    }

    @Test
    @DisplayName("eager load: authors with their books, in one SELECT by join fetch")
    void eagerLoad(SqlLog sql) {
        // tag::eager-load[]
        List<Author> authors = new HibernateAuthors(sessions).findAllWithBooks();
        // end::eager-load[]
        assertThat(authors).flatExtracting(Author::books).hasSize(Shelf.BOOKS);
        sql.expect("4 authors and 7 books").selects(1);
    }

    @Test
    @DisplayName("order and limit: the three most expensive books")
    void orderAndLimit(SqlLog sql) {
        // tag::order-and-limit[]
        List<Book> top = session.createSelectionQuery("from Book order by price desc, id", Book.class)
                .setMaxResults(3)
                .getResultList();
        // end::order-and-limit[]
        assertThat(titles(top)).containsExactly("Pompeii", "Dune", "The Dispossessed");
        sql.expect().selects(1);
    }

    @Test
    @DisplayName("dynamic conditions: the repository's search, with text, genres and a price limit all given")
    void dynamicConditions(SqlLog sql) {
        // tag::dynamic-conditions[]
        BookSearch search = BookSearch.everything().containing("the")
                .inGenres(Genre.SCIENCE_FICTION, Genre.FANTASY)
                .atMost(new BigDecimal("12.99"));
        List<Book> found = new HibernateBooks(sessions).search(search, BookSort.by(BookSort.Field.TITLE), PageRequest.first(10))
                .items();
        // end::dynamic-conditions[]
        assertThat(titles(found)).containsExactly("The Left Hand of Darkness");
        sql.expect("the page, then the count").selects(2);
    }
}
