package dev.dbpatterns.exercises.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dbpatterns.exercises.mapping.domain.Price;
import dev.dbpatterns.exercises.mapping.mybatis.PriceTypeHandler;
import dev.dbpatterns.kit.lesson.DatabaseTest;
import dev.dbpatterns.kit.lesson.LessonDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The handler's other way in: MyBatis reads a column by its position too (constructor args, some result maps). */
@DatabaseTest
@Tag("task-1")
@DisplayName("Task 1 · MyBatis: the type handler reads a price by position as it does by name")
class PriceByPositionTest {

    @Test
    @DisplayName("19.99, then NULL: by name and by position, the same prices")
    void byNameAndPosition(LessonDatabase db) throws SQLException {
        db.update("delete from used_copy");
        db.update("delete from trade");
        db.insert("insert into trade (receipt, seller, paid_out_cents) values ('P-1', 'Ada Reader', 1999)");
        db.insert("insert into trade (receipt, seller, paid_out_cents) values ('P-2', 'Ada Reader', null)");
        PriceTypeHandler handler = new PriceTypeHandler();
        List<Price> byName = new ArrayList<>();
        List<Price> byPosition = new ArrayList<>();

        try (Connection connection = db.unrecordedDataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select paid_out_cents from trade order by receipt")) {
            while (rows.next()) {
                byName.add(handler.getResult(rows, "paid_out_cents"));
                byPosition.add(handler.getResult(rows, 1));
            }
        }

        assertThat(byName).containsExactly(Price.of("19.99"), null);
        assertThat(byPosition).containsExactly(Price.of("19.99"), null);
    }
}
