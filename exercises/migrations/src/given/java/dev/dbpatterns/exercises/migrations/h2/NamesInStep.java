package dev.dbpatterns.exercises.migrations.h2;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import org.h2.tools.TriggerAdapter;

/**
 * On H2 a trigger is a Java class; this one is given, so your H2 script for the expand step (task 2)
 * only creates the triggers: {@code create trigger … before insert on member for each row call
 * 'dev.dbpatterns.exercises.migrations.h2.NamesInStep'}, and the same before update. It does what
 * your PostgreSQL and MariaDB triggers do: an INSERT that sets one name column gets the other too;
 * an UPDATE that changes one copies it to the other.
 */
public class NamesInStep extends TriggerAdapter {

    @Override
    public void fire(Connection connection, ResultSet oldRow, ResultSet newRow) throws SQLException {
        String name = newRow.getString("NAME");
        String fullName = newRow.getString("FULL_NAME");
        if (oldRow == null) {
            newRow.updateString("NAME", name != null ? name : fullName);
            newRow.updateString("FULL_NAME", fullName != null ? fullName : name);
        } else if (!Objects.equals(name, oldRow.getString("NAME"))) {
            newRow.updateString("FULL_NAME", name);
        } else if (!Objects.equals(fullName, oldRow.getString("FULL_NAME"))) {
            newRow.updateString("NAME", fullName);
        }
    }
}
