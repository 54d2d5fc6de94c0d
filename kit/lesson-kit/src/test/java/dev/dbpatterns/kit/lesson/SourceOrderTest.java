package dev.dbpatterns.kit.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dbpatterns.kit.lesson.fixtures.InheritedStepsFixture;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.testkit.engine.EngineTestKit;

@DisplayName("Lesson steps run in the order they are written")
class SourceOrderTest {

    /** Declared out of alphabetical order, so no name-based order could pass the test. */
    static class Steps {
        void zebra() {
        }

        void apple() {
        }

        void mango() {
        }
    }

    @Test
    @DisplayName("methods are ordered by their first line in the source file")
    void ordersMethodsBySourceLine() {
        Map<String, Integer> lines = SourceOrder.firstLines(Steps.class);

        List<String> ordered = lines.entrySet().stream()
                .filter(e -> !e.getKey().startsWith("<"))
                .sorted(Map.Entry.comparingByValue(Comparator.naturalOrder()))
                .map(Map.Entry::getKey)
                .toList();
        assertThat(ordered).containsExactly("zebra", "apple", "mango");
    }

    @Test
    @DisplayName("steps inherited from an abstract contract run first, in the contract's source order")
    void inheritedStepsKeepTheirOrder() {
        InheritedStepsFixture.RAN.clear();

        EngineTestKit.engine("junit-jupiter")
                .configurationParameter("junit.jupiter.testmethod.order.default", SourceOrder.class.getName())
                .selectors(DiscoverySelectors.selectClass(InheritedStepsFixture.class))
                .execute()
                .testEvents().assertStatistics(stats -> stats.succeeded(3));

        assertThat(InheritedStepsFixture.RAN).containsExactly("zebra", "apple", "ownStep");
    }

    @Test
    @DisplayName("a class without a class file gives no lines, so JUnit's own order stands")
    void toleratesMissingClassFile() {
        Runnable lambda = () -> { };
        assertThat(SourceOrder.firstLines(lambda.getClass())).isEmpty();
    }
}
