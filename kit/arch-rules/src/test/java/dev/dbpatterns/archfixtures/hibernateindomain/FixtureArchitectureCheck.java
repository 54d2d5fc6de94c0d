package dev.dbpatterns.archfixtures.hibernateindomain;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.dbpatterns.kit.arch.PatternArchitectureCheck;

/** Wired as a pattern module wires its ArchitectureTest; run by PatternArchitectureCheckTest, not by Surefire. */
public class FixtureArchitectureCheck extends PatternArchitectureCheck {
    @Override
    protected JavaClasses importClasses(String rootPackage) {
        return new ClassFileImporter().importPackages(rootPackage); // the fixtures are test classes
    }
}
