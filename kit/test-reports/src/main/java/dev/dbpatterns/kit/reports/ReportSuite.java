package dev.dbpatterns.kit.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** The tests of one top-level class, written as Surefire's {@code TEST-<class>.xml}. */
final class ReportSuite {
    private final String className;
    private final long startedNanos = System.nanoTime();
    private final List<ReportedTest> tests = new ArrayList<>();
    private final Set<String> names = new HashSet<>();

    ReportSuite(String className) {
        this.className = className;
    }

    /** Adds a test; a name already taken (two invocations shown alike) gets " #2", " #3", … */
    synchronized void add(ReportedTest test) {
        String name = test.name();
        for (int i = 2; !names.add(name); i++) {
            name = test.name() + " #" + i;
        }
        tests.add(new ReportedTest(name, test.seconds(), test.outcome(), test.problem(), test.output()));
    }

    synchronized void writeTo(Path directory) throws IOException, XMLStreamException {
        Files.createDirectories(directory);
        Path file = directory.resolve("TEST-" + className + ".xml");
        Path partial = Files.createTempFile(directory, "TEST-", ".partial");
        try (OutputStream out = Files.newOutputStream(partial)) {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuite");
            xml.writeAttribute("name", className);
            xml.writeAttribute("time", seconds((System.nanoTime() - startedNanos) / 1e9));
            xml.writeAttribute("tests", String.valueOf(tests.size()));
            xml.writeAttribute("errors", String.valueOf(count(ReportedTest.Outcome.ERROR)));
            xml.writeAttribute("skipped", String.valueOf(count(ReportedTest.Outcome.SKIPPED)));
            xml.writeAttribute("failures", String.valueOf(count(ReportedTest.Outcome.FAILED)));
            for (ReportedTest test : tests) {
                writeCase(xml, test);
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        }
        // Whole or not at all: a report reader never sees half a file.
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private void writeCase(XMLStreamWriter xml, ReportedTest test) throws XMLStreamException {
        xml.writeCharacters("\n  ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("name", clean(test.name()));
        xml.writeAttribute("classname", className);
        xml.writeAttribute("time", seconds(test.seconds()));
        if (test.problem() != null) {
            xml.writeCharacters("\n    ");
            xml.writeStartElement(switch (test.outcome()) {
                case SKIPPED -> "skipped";
                case FAILED -> "failure";
                default -> "error";
            });
            xml.writeAttribute("message", clean(test.problem().message()));
            if (test.outcome() != ReportedTest.Outcome.SKIPPED) {
                xml.writeAttribute("type", test.problem().type());
                xml.writeCharacters(clean(test.problem().detail()));
            }
            xml.writeEndElement();
        } else if (test.outcome() == ReportedTest.Outcome.SKIPPED) {
            xml.writeCharacters("\n    ");
            xml.writeEmptyElement("skipped");
        }
        if (!test.output().isEmpty()) {
            xml.writeCharacters("\n    ");
            xml.writeStartElement("system-out");
            xml.writeCData(clean(test.output()).replace("]]>", "]]]]><![CDATA[>"));
            xml.writeEndElement();
        }
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
    }

    private long count(ReportedTest.Outcome outcome) {
        return tests.stream().filter(test -> test.outcome() == outcome).count();
    }

    private static String seconds(double seconds) {
        return String.format(Locale.ROOT, "%.3f", seconds);
    }

    /** XML 1.0 has no place for most control characters (a driver's message may carry them). */
    private static String clean(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().forEach(c -> kept.appendCodePoint(c < 0x20 && c != '\t' && c != '\n' && c != '\r' ? '?' : c));
        return kept.toString();
    }
}
