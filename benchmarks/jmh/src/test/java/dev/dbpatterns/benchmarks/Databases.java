package dev.dbpatterns.benchmarks;

import dev.dbpatterns.kit.targets.Settings;
import dev.dbpatterns.kit.targets.Target;
import dev.dbpatterns.kit.targets.TargetSelection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/** The targets CATALOG_DB selects, as the other modules read them; an unreachable server skips, unless required. */
final class Databases {
    private Databases() {
    }

    static List<String> selected() {
        return TargetSelection.from(Settings.fromSystem()).stream().map(Target::id).toList();
    }

    static BenchDatabase open(String db, boolean rewriteBatches) throws SQLException {
        try {
            return BenchDatabase.create(db, rewriteBatches);
        } catch (SQLException unreachable) {
            if (Settings.fromSystem().isTrue(TargetSelection.REQUIRED_KEY) || Target.byId(db).filter(Target::isServer).isEmpty()) {
                throw unreachable;
            }
            Assumptions.abort(db + " is unreachable (" + unreachable.getMessage() + "); set CATALOG_DB_REQUIRED=true to fail instead");
            throw unreachable;
        }
    }
}
