package dev.dbpatterns.kit.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The XML reports count every executed test once, under the class that ran it, named as the tree shows it. */
@DisplayName("The XML test reports")
class XmlReportListenerTest {
    @TempDir
    static Path reports;
    static TestExecutionSummary summary;

    @BeforeAll
    static void runFixtures() {
        SummaryGeneratingListener counter = new SummaryGeneratingListener();
        LauncherFactory.create(LauncherConfig.builder()
                        .enableTestExecutionListenerAutoRegistration(false)
                        .addTestExecutionListeners(new XmlReportListener(), counter)
                        .build())
                .execute(LauncherDiscoveryRequestBuilder.request()
                        .selectors(selectClass(ReportFixtures.MyBatisShelfFixture.class),
                                selectClass(ReportFixtures.HibernateShelfFixture.class),
                                selectClass(ReportFixtures.PerTargetFixture.class))
                        .configurationParameter(XmlReportListener.DIRECTORY_KEY, reports.toString())
                        .build());
        summary = counter.getSummary();
    }

    @Test
    @DisplayName("count as many tests, failures and skips as the run had, in each file's totals and its cases")
    void countsMatchTheRun() throws Exception {
        List<Element> suites = suites();
        long tests = suites.stream().mapToLong(suite -> Long.parseLong(suite.getAttribute("tests"))).sum();
        long cases = suites.stream().mapToLong(suite -> suite.getElementsByTagName("testcase").getLength()).sum();
        long failures = suites.stream().mapToLong(suite -> Long.parseLong(suite.getAttribute("failures"))).sum();
        long skipped = suites.stream().mapToLong(suite -> Long.parseLong(suite.getAttribute("skipped"))).sum();

        assertThat(summary.getTestsStartedCount()).isEqualTo(9);
        assertThat(tests).isEqualTo(cases).isEqualTo(summary.getTestsStartedCount() + summary.getTestsSkippedCount());
        assertThat(failures).isEqualTo(summary.getTestsFailedCount()).isEqualTo(1);
        assertThat(skipped).isEqualTo(summary.getTestsAbortedCount()).isEqualTo(1);
    }

    @Test
    @DisplayName("file each inherited step under the class that ran it, with a name that tells the scenario and the arguments")
    void inheritedStepsUnderTheirOwnClass() throws Exception {
        assertThat(caseNames("MyBatisShelfFixture")).containsExactlyInAnyOrder(
                "finds a book", "Search › matches a word › [1] word=ruby", "Search › matches a word › [2] word=java");
        assertThat(caseNames("HibernateShelfFixture")).contains("counts the books", "Search › matches a word › [1] word=ruby");
        assertThat(caseNames("PerTargetFixture")).containsExactly("on H2 › runs on every target",
                "on PostgreSQL › runs on every target");
    }

    @Test
    @DisplayName("carry a failure's own message and type, and a skip's reason")
    void failuresCarryTheirMessage() throws Exception {
        Element failure = (Element) suite("HibernateShelfFixture").getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("message")).contains("[books on the shelf]").contains("expected: 3");
        assertThat(failure.getAttribute("type")).isEqualTo("org.opentest4j.AssertionFailedError");
        Element skipped = (Element) suite("PerTargetFixture").getElementsByTagName("skipped").item(0);
        assertThat(skipped.getAttribute("message")).contains("PostgreSQL did not answer");
    }

    private static List<String> caseNames(String fixture) throws Exception {
        NodeList cases = suite(fixture).getElementsByTagName("testcase");
        return java.util.stream.IntStream.range(0, cases.getLength())
                .mapToObj(i -> ((Element) cases.item(i)).getAttribute("name")).toList();
    }

    private static Element suite(String fixture) throws Exception {
        return suites().stream().filter(suite -> suite.getAttribute("name").endsWith("$" + fixture))
                .findFirst().orElseThrow(() -> new AssertionError("no report for " + fixture));
    }

    private static List<Element> suites() throws Exception {
        try (Stream<Path> files = Files.list(reports)) {
            List<Path> xml = files.filter(file -> file.getFileName().toString().startsWith("TEST-")).toList();
            assertThat(xml).hasSize(3);
            List<Element> parsed = new java.util.ArrayList<>();
            for (Path file : xml) {
                parsed.add(DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile()).getDocumentElement());
            }
            return parsed;
        }
    }
}
