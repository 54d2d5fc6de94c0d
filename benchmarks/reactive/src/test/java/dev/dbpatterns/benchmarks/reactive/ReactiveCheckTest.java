package dev.dbpatterns.benchmarks.reactive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dbpatterns.benchmarks.BenchDatabase;
import dev.dbpatterns.benchmarks.ConcurrentLookups;
import dev.dbpatterns.benchmarks.PoolSettings;
import dev.dbpatterns.benchmarks.SentSql;
import dev.dbpatterns.kit.targets.Settings;
import dev.dbpatterns.kit.targets.Target;
import dev.dbpatterns.kit.targets.TargetSelection;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;
import org.hibernate.reactive.mutiny.Mutiny;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The check benchmark 5's Hibernate Reactive row runs before it measures: the right burst passes, wrong ones fail. */
class ReactiveCheckTest {
    static Stream<String> databases() {
        return TargetSelection.from(Settings.fromSystem()).stream().map(Target::id);
    }

    private static BenchDatabase open(String db) throws SQLException {
        Assumptions.assumeTrue(Target.byId(db).orElseThrow().isServer(),
                "Hibernate Reactive needs a Vert.x SQL client, and there is none for H2: run with CATALOG_DB=postgres, mariadb or all");
        try {
            return BenchDatabase.create(db, false);
        } catch (SQLException unreachable) {
            if (Settings.fromSystem().isTrue(TargetSelection.REQUIRED_KEY)) {
                throw unreachable;
            }
            Assumptions.abort(db + " is unreachable (" + unreachable.getMessage() + "); set CATALOG_DB_REQUIRED=true to fail instead");
            throw unreachable;
        }
    }

    private static Mutiny.SessionFactory counting(BenchDatabase database, SentSql sent) {
        return ReactiveSetup.sessionFactory(database, sent::record);
    }

    @ParameterizedTest(name = "on {0}")
    @MethodSource("databases")
    @DisplayName("1,000 reactive finds read their authors on the event loop, one SELECT each; a second SELECT per lookup fails the check")
    void reactiveBurstPassesItsCheck(String db) throws Exception {
        try (BenchDatabase database = open(db)) {
            SentSql sent = new SentSql();
            try (ReactiveLookups burst = new ReactiveLookups(counting(database, sent))) {
                ReactiveLookups.check(burst, sent);
                assertThat(sent.count("select")).isEqualTo(PoolSettings.CONCURRENT_LOOKUPS);

                ConcurrentLookups.Burst twice = () -> {
                    burst.run();
                    return burst.run();
                };
                assertThatThrownBy(() -> ReactiveLookups.check(twice, sent))
                        .isInstanceOf(SentSql.WrongOperation.class).hasMessageContaining("1000 SELECTs, one per lookup");
            }
        }
    }

    @ParameterizedTest(name = "on {0}")
    @MethodSource("databases")
    @DisplayName("Lookups that complete off the event loop, or read the wrong author, fail the check")
    void wrongBurstsFail(String db) throws Exception {
        try (BenchDatabase database = open(db)) {
            SentSql sent = new SentSql();
            try (ReactiveLookups burst = new ReactiveLookups(counting(database, sent))) {
                ConcurrentLookups.Burst offTheLoop = () -> burst.run().stream()
                        .map(d -> new ConcurrentLookups.Done(d.id(), d.name(), 1, false, "main")).toList();
                assertThatThrownBy(() -> ReactiveLookups.check(offTheLoop, sent))
                        .isInstanceOf(SentSql.WrongOperation.class).hasMessageContaining("event-loop thread");
                ConcurrentLookups.Burst shifted = () -> {
                    List<ConcurrentLookups.Done> done = burst.run();
                    return Stream.concat(done.stream().skip(1), done.stream().limit(1)).toList();
                };
                assertThatThrownBy(() -> ReactiveLookups.check(shifted, sent))
                        .isInstanceOf(SentSql.WrongOperation.class).hasMessageContaining("each with its own name");
            }
        }
    }
}
