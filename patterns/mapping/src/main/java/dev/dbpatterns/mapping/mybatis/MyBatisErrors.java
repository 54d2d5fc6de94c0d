package dev.dbpatterns.mapping.mybatis;

import dev.dbpatterns.mapping.domain.DuplicateNameException;
import dev.dbpatterns.mapping.domain.MissingValueException;
import dev.dbpatterns.mapping.domain.StillReferencedException;
import java.sql.SQLException;

/**
 * What refused a write, in the bookshop's words. MyBatis passes the driver's SQLException on as a
 * cause; the database speaks in SQLStates (MariaDB puts every integrity violation under 23000 and
 * tells them apart by its error code). MyBatis checks nothing itself: every refusal is the database's.
 */
final class MyBatisErrors {
    private MyBatisErrors() {
    }

    // tag::translate[]
    static RuntimeException translated(RuntimeException thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return switch (kind(sql)) {
                    case "unique" -> new DuplicateNameException("The name is taken: " + sql.getMessage(), thrown);
                    case "foreign key" -> new StillReferencedException("Still in use: " + sql.getMessage(), thrown);
                    case "not null" -> new MissingValueException("A value is missing: " + sql.getMessage(), thrown);
                    default -> thrown;
                };
            }
        }
        return thrown;
    }

    private static String kind(SQLException sql) {
        String state = String.valueOf(sql.getSQLState());
        int code = sql.getErrorCode();
        if (state.equals("23505") || state.equals("23000") && code == 1062) {
            return "unique";
        }
        if (state.equals("23503") || state.equals("23506") || state.equals("23000") && (code == 1451 || code == 1452)) {
            return "foreign key";
        }
        if (state.equals("23502") || state.equals("23000") && code == 1048) {
            return "not null";
        }
        return "other";
    }
    // end::translate[]
}
