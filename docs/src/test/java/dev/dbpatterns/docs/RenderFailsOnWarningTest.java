package dev.dbpatterns.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.asciidoctor.log.LogRecord;
import org.asciidoctor.log.Severity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * The site's build fails on any message at or above the severity this module's pom gives the
 * asciidoctor-maven-plugin (logHandler/failIf). This runs the same AsciidoctorJ with the pom's
 * settings on small pages that include the real sources, and shows which mistakes produce such a
 * message -- so each of them fails the render -- and that a correct include produces none.
 */
@DisplayName("Rendering fails on a warning")
class RenderFailsOnWarningTest {
    private static final Path POM = Path.of("pom.xml");
    private static final Path MYBATIS_BOOKS =
            Path.of("../patterns/repository/src/main/java/dev/dbpatterns/repository/mybatis/MyBatisBooks.java");

    // AsciidoctorJ also prints each message through java.util.logging; this test reads them instead.
    private static final java.util.logging.Logger CONSOLE = java.util.logging.Logger.getLogger("asciidoctor");

    private static Asciidoctor asciidoctor;
    private static Severity failIf;
    private static String attributeMissing;
    private static final List<LogRecord> messages = new ArrayList<>();

    @BeforeAll
    static void startAsciidoctorAsThePomDoes(@TempDir Path scripts) throws Exception {
        Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(POM.toFile());
        XPath xpath = XPathFactory.newInstance().newXPath();
        String plugin = "//plugin[artifactId='asciidoctor-maven-plugin']/configuration";
        failIf = Severity.valueOf(xpath.evaluate(plugin + "/logHandler/failIf/severity", pom));
        attributeMissing = xpath.evaluate(plugin + "/attributes/attribute-missing", pom);
        boolean verbose = Boolean.parseBoolean(xpath.evaluate(plugin + "/enableVerbose", pom));

        CONSOLE.setLevel(java.util.logging.Level.OFF);
        asciidoctor = Asciidoctor.Factory.create();
        if (verbose) {
            // What the plugin's enableVerbose does: Ruby's $VERBOSE, which makes Asciidoctor report bad references.
            Path script = Files.writeString(scripts.resolve("verbose.rb"), "$VERBOSE = true\n");
            asciidoctor.requireLibrary(script.toAbsolutePath().toString());
        }
        asciidoctor.registerLogHandler(messages::add);
    }

    @AfterAll
    static void stop() {
        if (asciidoctor != null) {
            asciidoctor.close();
        }
    }

    /** The messages that would fail the plugin: at or above the pom's failIf severity. */
    private static List<String> failingMessages(String page) {
        messages.clear();
        asciidoctor.convert(page, Options.builder()
                .safe(SafeMode.UNSAFE)
                .baseDir(new File("src/docs/asciidoc").getAbsoluteFile())
                .standalone(false)
                .attributes(Attributes.builder().attribute("attribute-missing", attributeMissing).build())
                .build());
        return messages.stream()
                .filter(message -> message.getSeverity().ordinal() >= failIf.ordinal())
                .map(LogRecord::getMessage)
                .toList();
    }

    private static String includeOf(Path source, String tag) {
        return "[source,java]\n----\ninclude::" + source.toAbsolutePath() + "[tag=" + tag + "]\n----\n";
    }

    @Test
    @DisplayName("the pom fails the render on warnings, and on the INFO that reports a bad reference")
    void pomFailsOnWarnings() {
        assertThat(failIf.ordinal()).isLessThanOrEqualTo(Severity.WARN.ordinal());
        assertThat(attributeMissing).isEqualTo("warn");
    }

    @Test
    @DisplayName("an include of a tag that exists renders without a message")
    void correctIncludeIsQuiet() {
        assertThat(failingMessages("== Saving\n\n" + includeOf(MYBATIS_BOOKS, "save"))).isEmpty();
    }

    @Test
    @DisplayName("deleting a tag from a source file fails the render")
    void deletedTagFails(@TempDir Path copy) throws Exception {
        Path edited = copy.resolve("MyBatisBooks.java");
        Files.writeString(edited, Files.readString(MYBATIS_BOOKS).replace("// tag::save[]", ""));

        assertThat(failingMessages(includeOf(edited, "save"))).anySatisfy(message ->
                assertThat(message).contains("tag 'save' not found"));
    }

    @Test
    @DisplayName("including a tag that was never there fails the render")
    void missingTagFails() {
        assertThat(failingMessages(includeOf(MYBATIS_BOOKS, "no-such-tag"))).anySatisfy(message ->
                assertThat(message).contains("tag 'no-such-tag' not found"));
    }

    @Test
    @DisplayName("including a file that does not exist, such as the SQL of a lesson that did not run, fails the render")
    void missingFileFails() {
        String page = "[source,sql]\n----\ninclude::" + Path.of("target/lesson-sql/NoSuchLesson/step.sql").toAbsolutePath()
                + "[]\n----\n";
        assertThat(failingMessages(page)).anySatisfy(message -> assertThat(message).contains("include file not found"));
    }

    @Test
    @DisplayName("a reference to a section that does not exist fails the render")
    void badReferenceFails() {
        assertThat(failingMessages("== Pitfalls\n\nSee <<no-such-section>>.\n")).anySatisfy(message ->
                assertThat(message).contains("possible invalid reference: no-such-section"));
    }

    @Test
    @DisplayName("an attribute that is not defined fails the render")
    void missingAttributeFails() {
        assertThat(failingMessages("include::{no-such-dir}/Books.java[]\n")).anySatisfy(message ->
                assertThat(message).contains("missing attribute: no-such-dir"));
    }
}
