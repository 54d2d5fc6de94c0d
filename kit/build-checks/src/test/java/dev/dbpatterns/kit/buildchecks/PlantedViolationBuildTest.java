package dev.dbpatterns.kit.buildchecks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build's guarantees, checked the way users meet them: a copy of the project, a framework type
 * planted in the domain of every pattern module, and {@code ./mvnw verify} on it. The architecture
 * rules must fail each module's build, and Surefire's console total must equal what its XML
 * reports add up to. One pattern module ({@value #FULL_MODULE}) runs all its tests, so the reports
 * are checked on contracts, nested scenarios, parameterized steps and class templates alike; the
 * others keep only their {@code ArchitectureTest}, to stay quick. One more ({@value #STRAY_MODULE})
 * also gets a MyBatis bootstrap under a stray name, which the naming rule must fail.
 */
@DisplayName("The build, run on a copy with a planted violation")
class PlantedViolationBuildTest {
    static final String FULL_MODULE = "repository";
    static final String STRAY_MODULE = "unit-of-work";
    private static final Pattern ARTIFACT = Pattern.compile("</parent>\\s*<artifactId>([^<]+)</artifactId>");

    @TempDir
    static Path copy;
    static List<Path> patterns;
    static MavenRun build;

    @BeforeAll
    static void buildACopyWithPlantedViolations() throws Exception {
        Path root = CourseTree.root();
        CourseTree.copy(root, copy);
        patterns = CourseTree.modules(copy, "patterns");
        for (String kit : List.of("kit/test-reports", "kit/targets", "kit/lesson-kit", "kit/arch-rules")) {
            CourseTree.deleteTree(copy.resolve(kit).resolve("src/test")); // they passed in this build already
        }
        for (Path module : patterns) {
            plantFrameworkTypeInDomain(module);
            if (module.getFileName().toString().equals(STRAY_MODULE)) {
                plantStrayBootstrapName(module);
            }
            if (!module.getFileName().toString().equals(FULL_MODULE)) {
                keepOnlyArchitectureTest(module);
            }
        }
        List<String> modules = patterns.stream().map(module -> "patterns/" + module.getFileName()).toList();
        build = MavenRun.in(copy, List.of("verify", "--fail-at-end", "-am", "-pl", String.join(",", modules)),
                Map.of("CATALOG_DB", "h2", "CATALOG_DB_REQUIRED", "false", "NO_COLOR", "1"));
    }

    @Test
    @DisplayName("fails ./mvnw verify in every pattern module, naming the rule and the class")
    void violationFailsEveryPatternModule() throws Exception {
        assertThat(build.exitCode()).as("exit code of ./mvnw verify\n%s", build.tail()).isNotZero();
        for (Path module : patterns) {
            String section = build.moduleSection(artifactId(module));
            assertThat(section).as(module.toString())
                    .contains("✘ domainIsFrameworkFree")
                    .contains(packageOf(module) + ".domain.LeakyDomain")
                    .contains("org.hibernate.Session");
            boolean stray = module.getFileName().toString().equals(STRAY_MODULE);
            assertThat(SurefireTotals.fromConsole(section).failures()).as(module.toString()).isEqualTo(stray ? 2 : 1);
        }
    }

    @Test
    @DisplayName("fails ./mvnw verify on a bootstrap named after the domain, naming the rule and the class")
    void strayNameFailsItsModule() throws Exception {
        Path module = copy.resolve("patterns").resolve(STRAY_MODULE);
        assertThat(build.moduleSection(artifactId(module)))
                .contains("✘ rolesHaveOneName")
                .contains(packageOf(module) + ".mybatis.MyBatisShop")
                .contains("MyBatisSetup");
        for (Path other : patterns) {
            if (!other.equals(module)) {
                assertThat(build.moduleSection(artifactId(other))).as(other.toString()).doesNotContain("✘ rolesHaveOneName");
            }
        }
    }

    @Test
    @DisplayName("reports in XML exactly the tests Surefire counted on the console, module by module")
    void xmlCountsWhatTheConsoleCounts() throws Exception {
        for (Path module : patterns) {
            SurefireTotals console = SurefireTotals.fromConsole(build.moduleSection(artifactId(module)));
            SurefireTotals xml = SurefireTotals.fromXml(module.resolve("target/surefire-reports"));
            assertThat(xml).as("XML totals of %s", module).isEqualTo(console);
        }
    }

    @Test
    @DisplayName("names every test case once, by class, target and step, and files the violation under the rule")
    void xmlNamesEachCaseOnce() throws Exception {
        Path full = copy.resolve("patterns").resolve(FULL_MODULE);
        List<SurefireTotals.ReportedCase> cases = SurefireTotals.cases(full.resolve("target/surefire-reports"));

        assertThat(cases).hasSizeGreaterThan(40);
        assertThat(cases.stream().map(c -> c.className() + " :: " + c.name())).doesNotHaveDuplicates();
        assertThat(cases).filteredOn(c -> c.className().endsWith("BooksTest"))
                .allSatisfy(c -> assertThat(c.name()).startsWith("on H2 (in memory) › "));
        assertThat(cases).filteredOn(c -> c.failure() != null).singleElement().satisfies(violation -> {
            assertThat(violation.className()).endsWith(".ArchitectureTest");
            assertThat(violation.name()).endsWith("domainIsFrameworkFree");
            assertThat(violation.failure()).contains(packageOf(full) + ".domain.LeakyDomain");
        });
    }

    @Test
    @DisplayName("every pattern and solution module checks its layers with an ArchitectureTest in its root package")
    void everyModuleHasTheArchitectureCheck() throws Exception {
        Path root = CourseTree.root();
        List<Path> modules = new ArrayList<>(CourseTree.modules(root, "patterns"));
        modules.addAll(CourseTree.modules(root, "solutions"));
        for (Path module : modules) {
            Path check = module.resolve("src/test/java").resolve(packageOf(module).replace('.', '/'))
                    .resolve("ArchitectureTest.java");
            assertThat(check).as("the architecture check of %s", module).exists();
            assertThat(Files.readString(check)).contains("extends PatternArchitectureCheck");
        }
    }

    private static void plantFrameworkTypeInDomain(Path module) throws Exception {
        String domain = packageOf(module) + ".domain";
        Files.writeString(CourseTree.domainFolder(module).resolve("LeakyDomain.java"), """
                package %s;

                /** Planted by PlantedViolationBuildTest: a domain class holding a Hibernate Session. */
                public class LeakyDomain {
                    org.hibernate.Session session;
                }
                """.formatted(domain));
    }

    /** The name unit-of-work's bootstrap had before one name per role: MyBatisSetup is the only one the rule takes. */
    private static void plantStrayBootstrapName(Path module) throws Exception {
        String mybatis = packageOf(module) + ".mybatis";
        Files.writeString(CourseTree.domainFolder(module).resolveSibling("mybatis").resolve("MyBatisShop.java"), """
                package %s;

                /** Planted by PlantedViolationBuildTest: a second MyBatis bootstrap, named after the domain. */
                public final class MyBatisShop {
                    static org.apache.ibatis.session.SqlSessionFactory build(org.apache.ibatis.session.Configuration configuration) {
                        return new org.apache.ibatis.session.SqlSessionFactoryBuilder().build(configuration);
                    }
                }
                """.formatted(mybatis));
    }

    private static void keepOnlyArchitectureTest(Path module) throws Exception {
        try (Stream<Path> files = Files.walk(module.resolve("src/test/java"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (!file.getFileName().toString().equals("ArchitectureTest.java")) {
                    Files.delete(file);
                }
            }
        }
    }

    /** The module's root package: where its domain package lives (solutions keep theirs in src/given). */
    private static String packageOf(Path module) throws Exception {
        Path sources = module.resolve("src/main/java");
        try (Stream<Path> folders = Files.walk(sources)) {
            Path rootPackage = folders.filter(Files::isDirectory)
                    .filter(folder -> Stream.of("domain", "mybatis", "hibernate").anyMatch(layer -> Files.isDirectory(folder.resolve(layer))))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(module + " has no layer packages under src/main/java"));
            return sources.relativize(rootPackage).toString().replace('/', '.');
        }
    }

    private static String artifactId(Path module) throws Exception {
        Matcher matcher = ARTIFACT.matcher(Files.readString(module.resolve("pom.xml")));
        assertThat(matcher.find()).as("artifactId in %s/pom.xml", module).isTrue();
        return matcher.group(1);
    }
}
