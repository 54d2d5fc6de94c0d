package dev.dbpatterns.kit.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks every {@link PatternArchitecture} rule on the production classes of the package the
 * subclass lives in: a pattern module writes {@code class ArchitectureTest extends PatternArchitectureCheck {}}.
 *
 * <p>The rules run inside an ordinary Jupiter test, not through ArchUnit's own JUnit engine:
 * Surefire reports and counts Jupiter tests, so a violation fails {@code ./mvnw verify} with the
 * rule's name and ArchUnit's message naming the offending class. (ArchUnit's engine printed its
 * verdict, but Surefire ran none of its tests and the build passed.)
 */
@DisplayName("Architecture: the layers of this pattern module")
public abstract class PatternArchitectureCheck {
    private static final Map<String, JavaClasses> IMPORTED = new ConcurrentHashMap<>();

    static List<PatternArchitecture.NamedRule> rules() {
        return PatternArchitecture.rules();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    @DisplayName("each rule holds")
    void holds(PatternArchitecture.NamedRule rule) {
        String root = getClass().getPackageName();
        JavaClasses classes = IMPORTED.computeIfAbsent(root, this::importClasses);
        // A rule over no classes proves nothing: a check placed in the wrong package must say so.
        if (classes.isEmpty()) {
            throw new AssertionError("No production classes under " + root + ": put "
                    + getClass().getSimpleName() + " in the module's root package.");
        }
        rule.rule().check(classes);
    }

    /** The module's production classes; test classes are not what the layering is about. */
    protected JavaClasses importClasses(String rootPackage) {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(rootPackage);
    }
}
