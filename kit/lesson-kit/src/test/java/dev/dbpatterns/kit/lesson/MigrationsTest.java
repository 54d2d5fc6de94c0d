package dev.dbpatterns.kit.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DatabaseTest
@DisplayName("Migrations: one portable script, the identity column filled in per database")
class MigrationsTest {

    @DisplayName("the ${identity} placeholder gives every database a generated key")
    @Test
    void identityPlaceholder(LessonDatabase db) throws SQLException {
        try (Connection connection = db.dataSource().getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "insert into memo (body) values (?)", new String[] {"id"})) {
            insert.setString(1, "first");
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                assertThat(keys.next()).isTrue();
                assertThat(keys.getLong(1)).isPositive();
            }
        }
        assertThat(db.rowCount("memo")).isEqualTo(1);
    }
}
