package dev.dbpatterns.exercises.repository;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.dbpatterns.kit.arch.PatternArchitecture;

/**
 * The worked answer keeps the catalog's layering. The exercise has a port and two adapters but
 * no use case, so the rule about the application layer has nothing to check and is left out.
 */
@AnalyzeClasses(packages = "dev.dbpatterns.exercises.repository", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule domainIsFrameworkFree = PatternArchitecture.domainIsFrameworkFree;
    @ArchTest
    static final ArchRule domainKnowsNoOuterLayer = PatternArchitecture.domainKnowsNoOuterLayer;
    @ArchTest
    static final ArchRule adaptersAreIndependent = PatternArchitecture.adaptersAreIndependent;
    @ArchTest
    static final ArchRule noPackageCycles = PatternArchitecture.noPackageCycles;
}
