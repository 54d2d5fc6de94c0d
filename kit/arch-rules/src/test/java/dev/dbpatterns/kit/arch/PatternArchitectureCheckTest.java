package dev.dbpatterns.kit.arch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;

/**
 * The check a pattern module extends reports every rule as a test of its own, and a violated rule
 * as a failed test naming the rule and the offending class: what Surefire counts and fails on.
 */
@DisplayName("The architecture check a module extends")
class PatternArchitectureCheckTest {

    private static Events testsOf(Class<?> check) {
        return EngineTestKit.engine("junit-jupiter").selectors(selectClass(check)).execute().testEvents();
    }

    @Test
    @DisplayName("runs each rule as one test, all passing on a clean layout")
    void oneTestPerRule() {
        Events tests = testsOf(dev.dbpatterns.archfixtures.clean.FixtureArchitectureCheck.class);

        assertThat(tests.succeeded().stream().map(Event::getTestDescriptor).map(d -> d.getDisplayName()))
                .containsExactlyElementsOf(PatternArchitecture.rules().stream().map(Object::toString).toList());
        assertThat(tests.failed().count()).isZero();
    }

    @Test
    @DisplayName("fails the violated rule, naming the rule and the class, and passes the others")
    void failsTheViolatedRule() {
        Events tests = testsOf(dev.dbpatterns.archfixtures.hibernateindomain.FixtureArchitectureCheck.class);

        List<Event> failed = tests.failed().list();
        assertThat(failed).hasSize(1);
        assertThat(failed.get(0).getTestDescriptor().getDisplayName()).isEqualTo("domainIsFrameworkFree");
        assertThat(failed.get(0).getRequiredPayload(org.junit.platform.engine.TestExecutionResult.class)
                .getThrowable().orElseThrow())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("archfixtures.hibernateindomain.domain.Book")
                .hasMessageContaining("org.hibernate.Session");
        assertThat(tests.succeeded().count()).isEqualTo(PatternArchitecture.rules().size() - 1);
    }
}
