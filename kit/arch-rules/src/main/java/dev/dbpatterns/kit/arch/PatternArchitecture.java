package dev.dbpatterns.kit.arch;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.util.List;

/**
 * The layering every pattern module keeps, applied by its {@code ArchitectureTest}, which extends
 * {@link PatternArchitectureCheck}: {@code class ArchitectureTest extends PatternArchitectureCheck {}}.
 *
 * <p>A module may lack a layer (an exercise has no use cases), so a layer rule with no classes
 * to check passes; {@link PatternArchitectureCheck} fails when a module has no classes at all.
 *
 * <p>Packages by layer: {@code domain} (model and ports), {@code application} (use cases),
 * {@code mybatis} and {@code hibernate} (adapters), and {@code web} where a pattern serves HTTP.
 */
public final class PatternArchitecture {
    static final String[] FRAMEWORKS_DRIVERS_AND_POOLS =
            {"org.hibernate..", "org.apache.ibatis..", "java.sql..", "javax.sql..", "com.zaxxer..", "io.javalin..",
                "org.eclipse.jetty.."};

    private PatternArchitecture() {
    }

    public static final ArchRule domainIsFrameworkFree = noClasses()
            .that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS_DRIVERS_AND_POOLS)
            .because("the domain states the business in plain Java, so both adapters can implement its ports;"
                    + " jakarta.persistence mapping annotations are allowed, Hibernate, MyBatis, JDBC, pool and web server types are not")
            .allowEmptyShould(true);

    public static final ArchRule domainKnowsNoOuterLayer = noClasses()
            .that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "dev.dbpatterns..application..", "dev.dbpatterns..mybatis..", "dev.dbpatterns..hibernate..",
                    "dev.dbpatterns..web..")
            .because("dependencies point inwards: use cases and adapters depend on the domain, never the reverse")
            .allowEmptyShould(true);

    public static final ArchRule applicationUsesPortsOnly = classes()
            .that().resideInAPackage("..application..")
            .should().onlyDependOnClassesThat(resideInAnyPackage("..domain..", "..application..", "java..")
                    .and(not(resideInAnyPackage("java.sql..", "javax.sql.."))))
            .because("use cases talk to ports in domain words, so the same use case runs on either adapter;"
                    + " no adapter, framework or JDBC type belongs here")
            .allowEmptyShould(true);

    public static final ArchRule adaptersAreIndependent = CompositeArchRule
            .of(noClasses().that().resideInAPackage("..mybatis..")
                    .should().dependOnClassesThat().resideInAnyPackage(
                            "dev.dbpatterns..hibernate..", "org.hibernate..", "jakarta.persistence.."))
            .and(noClasses().that().resideInAPackage("..hibernate..")
                    .should().dependOnClassesThat().resideInAnyPackage(
                            "dev.dbpatterns..mybatis..", "org.apache.ibatis.."))
            .because("each adapter shows one style on its own; sharing code between them would blur the comparison")
            .allowEmptyShould(true);

    public static final ArchRule noPackageCycles = slices()
            .matching("dev.dbpatterns.(**)")
            .should().beFreeOfCycles()
            .because("a cycle makes a package impossible to understand on its own");

    /**
     * One name per role in every module, so a reader who knows one pattern finds their way in the
     * next: the class that builds a framework is its {@code <Style>Setup}, and a class that
     * translates what the driver said is {@code <Style>Errors} (or {@code DatabaseErrors}, in
     * domain words), never a synonym.
     */
    public static final ArchRule rolesHaveOneName = CompositeArchRule
            .of(classes().that().resideInAPackage("..mybatis..")
                    .and(callsAny("org.apache.ibatis.session.SqlSessionFactoryBuilder", "build"))
                    .should().haveSimpleName("MyBatisSetup"))
            .and(classes().that().resideInAPackage("..hibernate..")
                    .and(callsAny("org.hibernate.cfg.Configuration", "buildSessionFactory")
                            .or(callsAny("org.hibernate.jpa.HibernatePersistenceConfiguration", "createEntityManagerFactory")))
                    .should().haveSimpleName("HibernateSetup"))
            .and(noClasses().should().haveNameMatching(".*(Failures|Refusal|Violations?|Conflicts|SqlStates)")
                    .as("no classes should be named for error translation but <Style>Errors or DatabaseErrors"))
            .allowEmptyShould(true)
            .because("one role goes by one name in every module: <Style>Setup builds the framework,"
                    + " <Style>Errors (or DatabaseErrors) translates what the driver said");

    /** Classes with a method or constructor that calls the named method of the named class. */
    private static DescribedPredicate<JavaClass> callsAny(String owner, String method) {
        return DescribedPredicate.describe("call " + owner + "." + method, javaClass -> javaClass.getCodeUnits().stream()
                .flatMap(unit -> unit.getMethodCallsFromSelf().stream())
                .anyMatch(call -> call.getTargetOwner().getName().equals(owner) && call.getName().equals(method)));
    }

    /** A rule under the name a report shows for it. */
    public record NamedRule(String name, ArchRule rule) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** Every rule, in the order a report lists them. */
    public static List<NamedRule> rules() {
        return List.of(
                new NamedRule("domainIsFrameworkFree", domainIsFrameworkFree),
                new NamedRule("domainKnowsNoOuterLayer", domainKnowsNoOuterLayer),
                new NamedRule("applicationUsesPortsOnly", applicationUsesPortsOnly),
                new NamedRule("adaptersAreIndependent", adaptersAreIndependent),
                new NamedRule("noPackageCycles", noPackageCycles),
                new NamedRule("rolesHaveOneName", rolesHaveOneName));
    }
}
