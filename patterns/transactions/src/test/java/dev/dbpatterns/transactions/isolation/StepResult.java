package dev.dbpatterns.transactions.isolation;

import java.sql.SQLException;
import java.util.Map;

/** How a step ended: rows changed or read, a failure, or not run because its transaction had already failed. */
sealed interface StepResult {

    record Changed(int rows) implements StepResult {
        @Override
        public String toString() {
            return rows + (rows == 1 ? " row" : " rows");
        }
    }

    /** id → quantity of the rows read. */
    record Read(Map<Integer, Integer> rows) implements StepResult {
        @Override
        public String toString() {
            return rows.isEmpty() ? "no rows" : rows.toString().replace("=", " → ");
        }
    }

    record Ended() implements StepResult {
        @Override
        public String toString() {
            return "done";
        }
    }

    record Failed(String sqlState, int vendorCode, String message) implements StepResult {
        static Failed of(SQLException e) {
            return new Failed(e.getSQLState(), e.getErrorCode(), e.getMessage().lines().findFirst().orElse(""));
        }

        /** "40001", or "40001/1213" where the vendor's own code tells more (MariaDB). */
        String code() {
            return vendorCode == 0 || String.valueOf(vendorCode).equals(sqlState) ? sqlState : sqlState + "/" + vendorCode;
        }

        @Override
        public String toString() {
            return "failed: " + code() + " " + message;
        }
    }

    record Skipped() implements StepResult {
        @Override
        public String toString() {
            return "not run: the transaction had already failed";
        }
    }
}
