package nl.personacanvas.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** MVVM in the UI: view-models and the document hold state and logic, never nodes. */
class UiArchitectureTest {
    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.personacanvas.ui");

    @Test
    void viewModelsAndTheDocumentImportNoNodes() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .or().resideInAPackage("..ui.document..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "org.controlsfx..")
                .check(classes);
    }
}
