package dev.dbpatterns.exercises.transactions;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import dev.dbpatterns.kit.arch.PatternArchitecture;

/**
 * The worked answer keeps the catalog's layering, every rule of it: the domain knows no JDBC (the
 * adapters hand DatabaseConflicts two plain values), and Retry, in the application layer, knows
 * only the domain's ConcurrentUpdateException.
 */
@AnalyzeClasses(packages = "dev.dbpatterns.exercises.transactions", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchTests layers = ArchTests.in(PatternArchitecture.class);
}
