package dev.dbpatterns.exercises.unitofwork;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import dev.dbpatterns.kit.arch.PatternArchitecture;

/**
 * The worked answer keeps the catalog's layering: all of kit/arch-rules, the use case (Reshelve)
 * included, on the given code and the answers compiled together.
 */
@AnalyzeClasses(packages = "dev.dbpatterns.exercises.unitofwork", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchTests layers = ArchTests.in(PatternArchitecture.class);
}
