package nl.personacanvas.merge;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The merge and comparison core serves the UI and the command line, so it knows neither, nor JavaFX. */
class MergeLayeringTest {

    @Test
    void mergeDependsOnlyOnTheDomainTheMatrixAndTheChecker() {
        JavaClasses product = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.personacanvas");
        classes().that().resideInAPackage("..personacanvas.merge..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("..personacanvas.merge..",
                        "..personacanvas.model..", "..personacanvas.matrix..", "..personacanvas.check..", "java..")
                .check(product);
    }
}
