package dev.dbpatterns.docs.quickref;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.kit.lesson.SqlLog;
import dev.dbpatterns.repository.domain.Book;
import dev.dbpatterns.repository.hibernate.HibernateSetup;
import java.math.BigDecimal;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The quick reference's writes in Hibernate, with the repository module's mapping. */
@DatabaseTest(migrations = {"repository", "docs"}) // the bookshop, and a review table of its own
@DisplayName("Quick reference, Hibernate: everyday writes")
class QuickReferenceHibernateWritesTest {
    private SessionFactory sessions;
    private LessonDatabase db;
    private NewBooks newBooks;
    private Shelf shelf;

    @BeforeEach
    void stock(LessonDatabase db) {
        this.db = db;
        this.sessions = db.shared("hibernate", HibernateSetup::sessionFactory);
        this.shelf = Shelf.stock(db);
        this.newBooks = new NewBooks(shelf);
    }

    @Test
    @DisplayName("insert: persist sends the INSERT at once, since an identity id exists only after it")
    void insert(SqlLog sql) {
        Book book = newBooks.sequel();
        // tag::insert[]
        sessions.inTransaction(session -> session.persist(book));
        // end::insert[]
        assertThat(book.id()).isNotNull();
        sql.expect().inserts(1).commits(1);
    }

    // tag::batching-factory[]
    static SessionFactory batching(javax.sql.DataSource dataSource) {
        return new HibernatePersistenceConfiguration("reviews")
                .managedClasses(Review.class)
                .property(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource)
                .property(AvailableSettings.HBM2DDL_AUTO, "validate")
                .property(AvailableSettings.STATEMENT_BATCH_SIZE, 50) // group INSERTs, up to 50 a batch
                .createEntityManagerFactory();
    }
    // end::batching-factory[]

    @Test
    @DisplayName("batch insert: with a batch size and sequence ids, three INSERTs go in one JDBC batch")
    void batchInsert(SqlLog sql) {
        SessionFactory reviewsFactory = db.shared("hibernate-batching", QuickReferenceHibernateWritesTest::batching);
        long dune = shelf.book("Dune");
        List<Review> reviews = List.of(new Review(dune, 5), new Review(dune, 4), new Review(dune, 5));
        sql.reset();
        // tag::batch-insert[]
        reviewsFactory.inTransaction(session -> reviews.forEach(session::persist));
        // end::batch-insert[]
        // On first use the pooled optimizer reads the sequence twice: where its block of 50 ids
        // starts and where it ends. The next 47 reviews need no SELECT at all.
        sql.expect("ids from the sequence, then the batch").selects(2).inserts(3).batches(1).commits(1);
        assertThat(reviews).allSatisfy(review -> assertThat(review.id()).isNotNull());
    }

    @Test
    @DisplayName("batch insert, the pitfall: Book's identity ids make the same setting send three single INSERTs")
    void identityDefeatsBatching(SqlLog sql) {
        SessionFactory identityFactory = db.shared("hibernate-identity-batching", dataSource ->
                HibernateSetup.sessionFactory(dataSource, Map.of(AvailableSettings.STATEMENT_BATCH_SIZE, 50)));
        List<Book> books = newBooks.three();
        sql.reset();

        identityFactory.inTransaction(session -> books.forEach(session::persist));

        sql.expect("three books with identity ids").inserts(3).batches(0).commits(1);
    }

    @Test
    @DisplayName("update: change a managed book; the UPDATE goes out at commit, with no save call")
    void update(SqlLog sql) {
        long duneId = shelf.book("Dune");
        // tag::update[]
        sessions.inTransaction(session -> session.find(Book.class, duneId).reprice(new BigDecimal("11.50")));
        // end::update[]
        sql.expect().selects(1).updates(1).commits(1);
        assertThat(db.queryForLong("select count(*) from book where price = 11.50")).isEqualTo(1);
    }

    @Test
    @DisplayName("delete: one DELETE by a mutation query, and the count of rows it removed")
    void delete(SqlLog sql) {
        long mortId = shelf.book("Mort");
        // tag::delete[]
        int deleted = sessions.fromTransaction(session -> session.createMutationQuery("delete from Book where id = :id")
                .setParameter("id", mortId)
                .executeUpdate());
        // end::delete[]
        assertThat(deleted).isEqualTo(1);
        sql.expect().deletes(1).commits(1);
    }

    // tag::transaction[]
    /** Both books or neither: inTransaction commits at the end, or rolls back on an exception. */
    void addBoth(Book first, Book second) {
        sessions.inTransaction(session -> {
            session.persist(first);
            session.persist(second);
        });
    }
    // end::transaction[]

    @Test
    @DisplayName("transaction: when the second insert fails, the first is rolled back with it")
    void transaction(SqlLog sql) {
        assertThatThrownBy(() -> addBoth(newBooks.sequel(), newBooks.sameIsbnAsDune()))
                .isInstanceOf(ConstraintViolationException.class);

        sql.expect("the sequel, then a duplicate ISBN").inserts(2).commits(0).rollbacks(1);
        assertThat(db.rowCount("book")).isEqualTo(Shelf.BOOKS);
    }

    @Test
    @DisplayName("isolation level: set on the transaction's connection; the pool resets it for the next borrower")
    void isolationLevel(SqlLog sql) {
        long duneId = shelf.book("Dune");
        AtomicInteger inside = new AtomicInteger();
        // tag::isolation-level[]
        sessions.inTransaction(session -> {
            // Before the first statement: the database applies it to the transaction about to start.
            session.doWork(connection -> connection.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE));
            Book dune = session.find(Book.class, duneId); // read, decide, write: no other writer slips between
            dune.reprice(dune.price().add(BigDecimal.ONE));
            session.doWork(connection -> inside.set(connection.getTransactionIsolation()));
        });
        // end::isolation-level[]
        assertThat(inside.get()).isEqualTo(Connection.TRANSACTION_SERIALIZABLE);
        int next = sessions.fromSession(session -> session.doReturningWork(Connection::getTransactionIsolation));
        assertThat(next).isEqualTo(Isolation.defaultOf(db.target()));
        sql.expect().selects(1).updates(1).commits(1);
    }
}
