package dev.dbpatterns.kit.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DatabaseTest
@DisplayName("Migrations: one portable script, the identity column filled in per database")
class MigrationsTest {

    @DisplayName("the ${identity} placeholder gives every database a generated key")
    @Test
    void identityPlaceholder(LessonDatabase db) {
        long first = db.insert("insert into memo (body) values (?)", "first");
        long second = db.insert("insert into memo (body) values (?)", "second");

        assertThat(first).isPositive();
        assertThat(second).isGreaterThan(first);
        assertThat(db.queryForList(String.class, "select body from memo order by id")).containsExactly("first", "second");
        assertThat(db.queryForLong("select sum(id) from memo")).as("a sum of bigints, numeric on PostgreSQL")
                .isEqualTo(first + second);
    }
}
