package dev.dbpatterns.docs.quickref;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import dev.dbpatterns.kit.lesson.SqlLog;
import dev.dbpatterns.repository.domain.Book;
import dev.dbpatterns.repository.mybatis.BookMapper;
import dev.dbpatterns.repository.mybatis.MyBatisSetup;
import java.math.BigDecimal;
import java.sql.Connection;
import java.util.List;
import org.apache.ibatis.exceptions.PersistenceException;
import org.apache.ibatis.session.ExecutorType;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.TransactionIsolationLevel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The quick reference's writes in MyBatis, through the repository module's BookMapper. */
@DatabaseTest(migrations = {"repository", "docs"}) // the bookshop, and a review table of its own
@DisplayName("Quick reference, MyBatis: everyday writes")
class QuickReferenceMyBatisWritesTest {
    private SqlSessionFactory sessions;
    private LessonDatabase db;
    private NewBooks newBooks;
    private Shelf shelf;

    @BeforeEach
    void stock(LessonDatabase db) {
        this.db = db;
        this.sessions = db.shared("mybatis", MyBatisSetup::sqlSessionFactory);
        this.shelf = Shelf.stock(db);
        this.newBooks = new NewBooks(shelf);
    }

    @Test
    @DisplayName("insert: one INSERT, the generated id read back into the object, one COMMIT")
    void insert(SqlLog sql) {
        Book book = newBooks.sequel();
        // tag::insert[]
        try (SqlSession session = sessions.openSession()) {
            session.getMapper(BookMapper.class).insert(book); // useGeneratedKeys fills in book.id()
            session.commit();
        }
        // end::insert[]
        assertThat(book.id()).isNotNull();
        sql.expect().inserts(1).commits(1);
    }

    @Test
    @DisplayName("batch insert: three INSERTs in one JDBC batch, with their generated ids")
    void batchInsert(SqlLog sql) {
        List<Book> books = newBooks.three();
        // tag::batch-insert[]
        try (SqlSession session = sessions.openSession(ExecutorType.BATCH)) {
            BookMapper mapper = session.getMapper(BookMapper.class);
            books.forEach(mapper::insert); // queued, not sent yet
            session.commit();              // one executeBatch, then the COMMIT
        }
        // end::batch-insert[]
        sql.expect("three new books").inserts(3).batches(1).commits(1);
        assertThat(books).allSatisfy(book -> assertThat(book.id()).isNotNull());
        assertThat(db.rowCount("book")).isEqualTo(Shelf.BOOKS + 3);
    }

    @Test
    @DisplayName("update: the mapper's UPDATE, sent because it was called, not because the object changed")
    void update(SqlLog sql) {
        long duneId = shelf.book("Dune");
        // tag::update[]
        try (SqlSession session = sessions.openSession()) {
            BookMapper mapper = session.getMapper(BookMapper.class);
            Book dune = mapper.findById(duneId);
            dune.reprice(new BigDecimal("11.50"));
            mapper.update(dune); // without this call, nothing is written
            session.commit();
        }
        // end::update[]
        sql.expect().selects(1).updates(1).commits(1);
        assertThat(db.queryForLong("select count(*) from book where price = 11.50")).isEqualTo(1);
    }

    @Test
    @DisplayName("delete: one DELETE, and the count of rows it removed")
    void delete(SqlLog sql) {
        long mortId = shelf.book("Mort");
        // tag::delete[]
        int deleted;
        try (SqlSession session = sessions.openSession()) {
            deleted = session.getMapper(BookMapper.class).deleteById(mortId);
            session.commit();
        }
        // end::delete[]
        assertThat(deleted).isEqualTo(1);
        sql.expect().deletes(1).commits(1);
    }

    // tag::transaction[]
    /** Both books or neither: a session is one transaction until commit(). */
    void addBoth(Book first, Book second) {
        try (SqlSession session = sessions.openSession()) { // auto-commit off
            BookMapper mapper = session.getMapper(BookMapper.class);
            mapper.insert(first);
            mapper.insert(second);
            session.commit();
        } // closed without commit() (an insert threw): MyBatis rolls back
    }
    // end::transaction[]

    @Test
    @DisplayName("transaction: when the second insert fails, the first is rolled back with it")
    void transaction(SqlLog sql) {
        assertThatThrownBy(() -> addBoth(newBooks.sequel(), newBooks.sameIsbnAsDune()))
                .isInstanceOf(PersistenceException.class);

        sql.expect("the sequel, then a duplicate ISBN").inserts(2).commits(0).rollbacks(1);
        assertThat(db.rowCount("book")).isEqualTo(Shelf.BOOKS);
    }

    @Test
    @DisplayName("isolation level: chosen per session; the pool resets it for the next borrower")
    void isolationLevel(SqlLog sql) throws Exception {
        long duneId = shelf.book("Dune");
        int inside;
        // tag::isolation-level[]
        try (SqlSession session = sessions.openSession(TransactionIsolationLevel.SERIALIZABLE)) {
            BookMapper mapper = session.getMapper(BookMapper.class);
            Book dune = mapper.findById(duneId); // read, decide, write: no other writer slips between
            dune.reprice(dune.price().add(BigDecimal.ONE));
            mapper.update(dune);
            inside = session.getConnection().getTransactionIsolation();
            session.commit();
        }
        // end::isolation-level[]
        assertThat(inside).isEqualTo(Connection.TRANSACTION_SERIALIZABLE);
        try (SqlSession next = sessions.openSession()) {
            assertThat(next.getConnection().getTransactionIsolation()).isEqualTo(Isolation.defaultOf(db.target()));
        }
        sql.expect().selects(1).updates(1).commits(1);
    }
}
