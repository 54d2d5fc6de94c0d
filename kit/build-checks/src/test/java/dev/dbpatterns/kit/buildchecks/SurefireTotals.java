package dev.dbpatterns.kit.buildchecks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Test counts as Surefire printed them on the console, or as a module's XML reports add them up. */
record SurefireTotals(long tests, long failures, long errors, long skipped) {
    private static final Pattern SUMMARY = Pattern.compile(
            "(?m)^\\[(?:INFO|WARNING|ERROR)] Tests run: (\\d+), Failures: (\\d+), Errors: (\\d+), Skipped: (\\d+)\\s*$");

    /** The closing "Tests run: …" line of a module's console output. */
    static SurefireTotals fromConsole(String moduleSection) {
        Matcher matcher = SUMMARY.matcher(moduleSection);
        SurefireTotals last = null;
        while (matcher.find()) {
            last = new SurefireTotals(Long.parseLong(matcher.group(1)), Long.parseLong(matcher.group(2)),
                    Long.parseLong(matcher.group(3)), Long.parseLong(matcher.group(4)));
        }
        if (last == null) {
            throw new AssertionError("Surefire printed no \"Tests run:\" line for this module:\n" + moduleSection);
        }
        return last;
    }

    /** The sum of the {@code <testsuite>} totals over a module's {@code TEST-*.xml}. */
    static SurefireTotals fromXml(Path reports) throws Exception {
        long tests = 0, failures = 0, errors = 0, skipped = 0;
        for (Element suite : suites(reports)) {
            tests += Long.parseLong(suite.getAttribute("tests"));
            failures += Long.parseLong(suite.getAttribute("failures"));
            errors += Long.parseLong(suite.getAttribute("errors"));
            skipped += Long.parseLong(suite.getAttribute("skipped"));
        }
        return new SurefireTotals(tests, failures, errors, skipped);
    }

    /** Every {@code <testcase>} of a module's reports: its class, its name, and a failure's message if any. */
    static List<ReportedCase> cases(Path reports) throws Exception {
        List<ReportedCase> cases = new ArrayList<>();
        for (Element suite : suites(reports)) {
            NodeList elements = suite.getElementsByTagName("testcase");
            for (int i = 0; i < elements.getLength(); i++) {
                Element testcase = (Element) elements.item(i);
                NodeList failures = testcase.getElementsByTagName("failure");
                cases.add(new ReportedCase(testcase.getAttribute("classname"), testcase.getAttribute("name"),
                        failures.getLength() == 0 ? null : ((Element) failures.item(0)).getAttribute("message")));
            }
        }
        return cases;
    }

    record ReportedCase(String className, String name, String failure) {
    }

    private static List<Element> suites(Path reports) throws IOException, Exception {
        List<Element> suites = new ArrayList<>();
        try (Stream<Path> files = Files.list(reports)) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("TEST-.*\\.xml")).sorted().toList()) {
                suites.add(DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile()).getDocumentElement());
            }
        }
        return suites;
    }
}
