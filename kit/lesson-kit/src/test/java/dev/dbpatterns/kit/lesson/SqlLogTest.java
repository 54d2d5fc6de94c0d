package dev.dbpatterns.kit.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DatabaseTest(migrate = false)
@DisplayName("The SQL log records what was sent")
class SqlLogTest {
    private LessonDatabase db;

    @BeforeEach
    void createTable(LessonDatabase db) throws SQLException {
        this.db = db;
        try (Connection connection = db.dataSource().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("create table if not exists note (id int primary key, body varchar(50))");
            statement.execute("delete from note");
        }
    }

    @Test
    @DisplayName("statements run in a @BeforeEach are not counted; the test's own are")
    void countsOnlyTheTestMethod(SqlLog sql) throws SQLException {
        sql.expect().nothingSent();
        try (Connection connection = db.dataSource().getConnection()) {
            connection.createStatement().executeQuery("select count(*) from note").close();
        }
        sql.expect().selects(1).inserts(0).statements(1);
    }

    @Test
    @DisplayName("a batch of three inserts counts as three INSERTs in one batch")
    void countsBatchedInserts(SqlLog sql) throws SQLException {
        try (Connection connection = db.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement("insert into note (id, body) values (?, ?)")) {
                for (int id = 1; id <= 3; id++) {
                    insert.setInt(1, id);
                    insert.setString(2, "note " + id);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            connection.commit();
        }
        sql.expect().inserts(3).batches(1).commits(1).rollbacks(0);
        assertThat(sql.writes()).containsExactly("insert note ×3");
        assertThat(sql.statements().get(0).render())
                .isEqualTo("insert into note (id, body) values (?, ?);  -- batch of 3: (1, 'note 1'), (2, 'note 2'), (3, 'note 3')");
    }

    @Test
    @DisplayName("readsComeFirst tells whether anything was read after the first write")
    void readsBeforeWrites(SqlLog sql) throws SQLException {
        try (Connection connection = db.dataSource().getConnection(); Statement statement = connection.createStatement()) {
            statement.executeQuery("select count(*) from note").close();
            statement.execute("insert into note (id, body) values (1, 'first')");
            assertThat(sql.readsComeFirst()).as("a read, then a write").isTrue();

            statement.executeQuery("select count(*) from note").close();
            assertThat(sql.readsComeFirst()).as("a read after the write").isFalse();
        }
    }

    @Test
    @DisplayName("a wrong expectation fails with the SQL that was actually sent")
    void failureListsTheSql(SqlLog sql) throws SQLException {
        try (Connection connection = db.dataSource().getConnection();
             PreparedStatement select = connection.prepareStatement("select body from note where id = ?")) {
            select.setInt(1, 7);
            select.executeQuery().close();
        }
        assertThatThrownBy(() -> sql.expect("loading one note").selects(2))
                .hasMessageContaining("loading one note: expected 2 SELECTs but 1 was sent")
                .hasMessageContaining("1  select body from note where id = ?;  -- (7)");
    }

    @Test
    @DisplayName("a rollback is recorded, and a statement that failed is marked")
    void recordsRollbackAndFailure(SqlLog sql) throws SQLException {
        try (Connection connection = db.dataSource().getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute("insert into note (id, body) values (1, 'first')");
            assertThatThrownBy(() -> statement.execute("insert into note (id, body) values (1, 'again')"))
                    .isInstanceOf(SQLException.class);
            connection.rollback();
        }
        sql.expect().inserts(2).rollbacks(1).commits(0);
        assertThat(sql.writes()).as("statements sent on their own carry no batch count")
                .containsExactly("insert note", "insert note");
        assertThat(sql.statements().get(1).failed()).isTrue();
        assertThat(db.rowCount("note")).isZero();
        assertThat(db.activeConnections()).as("connections still borrowed").isZero();
    }
}
