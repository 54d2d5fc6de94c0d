package dev.dbpatterns.exercises.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.dbpatterns.exercises.migrations.domain.DdlTransactions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every database's answer, checked whichever database runs the tests: H2 alone would never show PostgreSQL's. */
@Tag("task-3")
@DisplayName("Task 3 · DdlTransactions: which databases roll a failed migration back")
class DdlTransactionsTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            PostgreSQL | true  | transactional DDL: the whole migration rolls back, history row and all
            MariaDB    | false | each DDL statement commits on its own; Flyway records the migration as failed
            MySQL      | false | the same as MariaDB (its atomic DDL is per statement only)
            H2         | false | every DDL statement commits the transaction it runs in
            """)
    @DisplayName("what a failed migration leaves behind")
    void rollsBack(String productName, boolean rollsBack, String why) {
        assertThat(DdlTransactions.rollsBackAFailedMigration(productName)).as(productName + ": " + why).isEqualTo(rollsBack);
    }

    @Test
    @DisplayName("a database it does not know is refused, not guessed")
    void unknownDatabase() {
        assertThatIllegalArgumentException().as("Oracle: the runbook cannot guess; throw IllegalArgumentException")
                .isThrownBy(() -> DdlTransactions.rollsBackAFailedMigration("Oracle"));
    }
}
