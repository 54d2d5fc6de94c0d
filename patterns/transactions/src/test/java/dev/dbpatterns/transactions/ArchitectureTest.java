package dev.dbpatterns.transactions;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import dev.dbpatterns.kit.arch.PatternArchitecture;

/** The layering of kit/arch-rules, checked on this module's production classes. */
@AnalyzeClasses(packages = "dev.dbpatterns.transactions", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchTests layers = ArchTests.in(PatternArchitecture.class);
}
