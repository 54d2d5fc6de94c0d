package dev.dbpatterns.kit.arch;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each rule passes on a correct layout and fails, readably, on a fixture that breaks it. */
@DisplayName("The architecture rules")
class PatternArchitectureRulesTest {
    private static final List<ArchRule> ALL = PatternArchitecture.rules().stream().map(PatternArchitecture.NamedRule::rule).toList();

    private static JavaClasses fixture(String name) {
        return new ClassFileImporter().importPackages("dev.dbpatterns.archfixtures." + name);
    }

    @Test
    @DisplayName("accept a domain with JPA annotations, a use case on a port, and two separate adapters")
    void acceptCleanLayout() {
        JavaClasses clean = fixture("clean");
        ALL.forEach(rule -> assertThatCode(() -> rule.check(clean)).as(rule.getDescription()).doesNotThrowAnyException());
    }

    @CsvSource({
        "hibernateindomain, org.hibernate.Session",
        "mybatisindomain,   org.apache.ibatis.session.SqlSession",
        "jdbcindomain,      java.sql.ResultSet",
        "poolindomain,      com.zaxxer.hikari.HikariDataSource",
        "webindomain,       io.javalin.http.Context"})
    @DisplayName("reject a domain that depends on a framework, JDBC, the pool or the web server")
    @ParameterizedTest
    void rejectFrameworkInDomain(String fixture, String forbiddenType) {
        assertThatThrownBy(() -> PatternArchitecture.domainIsFrameworkFree.check(fixture(fixture)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("because the domain states the business in plain Java")
                .hasMessageContaining(forbiddenType);
    }

    @Test
    @DisplayName("reject a domain that depends on an adapter")
    void rejectDomainSeeingAdapter() {
        assertThatThrownBy(() -> PatternArchitecture.domainKnowsNoOuterLayer.check(fixture("domainseesadapter")))
                .hasMessageContaining("dependencies point inwards")
                .hasMessageContaining("domainseesadapter.mybatis.BookRow");
    }

    @Test
    @DisplayName("reject a domain that depends on the web layer")
    void rejectDomainSeeingWeb() {
        assertThatThrownBy(() -> PatternArchitecture.domainKnowsNoOuterLayer.check(fixture("domainseesweb")))
                .hasMessageContaining("dependencies point inwards")
                .hasMessageContaining("domainseesweb.web.BookPage");
    }

    @Test
    @DisplayName("reject a use case that names an adapter class")
    void rejectApplicationSeeingAdapter() {
        assertThatThrownBy(() -> PatternArchitecture.applicationUsesPortsOnly.check(fixture("applicationseesadapter")))
                .hasMessageContaining("use cases talk to ports in domain words")
                .hasMessageContaining("applicationseesadapter.hibernate.HibernateBooks");
    }

    @Test
    @DisplayName("reject a use case that takes a framework type")
    void rejectApplicationSeeingSession() {
        assertThatThrownBy(() -> PatternArchitecture.applicationUsesPortsOnly.check(fixture("applicationseessession")))
                .hasMessageContaining("org.hibernate.Session");
    }

    @Test
    @DisplayName("reject one adapter borrowing from the other")
    void rejectCrossAdapterDependency() {
        assertThatThrownBy(() -> PatternArchitecture.adaptersAreIndependent.check(fixture("crossadapters")))
                .hasMessageContaining("each adapter shows one style on its own")
                .hasMessageContaining("crossadapters.mybatis.BookMapper");
    }

    @Test
    @DisplayName("reject a package cycle")
    void rejectCycle() {
        assertThatThrownBy(() -> PatternArchitecture.noPackageCycles.check(fixture("cycle")))
                .hasMessageContaining("Cycle detected")
                .hasMessageContaining("cycle.a")
                .hasMessageContaining("cycle.b");
    }

    @Test
    @DisplayName("reject a bootstrap or an error translator under a name of its own")
    void rejectStrayRoleNames() {
        assertThatThrownBy(() -> PatternArchitecture.rolesHaveOneName.check(fixture("straynames")))
                .hasMessageContaining("one role goes by one name")
                .hasMessageContaining("straynames.mybatis.MyBatisBookshop")
                .hasMessageContaining("MyBatisSetup")
                .hasMessageContaining("straynames.hibernate.HibernateFailures");
    }
}
