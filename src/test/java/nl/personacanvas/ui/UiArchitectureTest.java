package nl.personacanvas.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import nl.personacanvas.ProductRules;
import org.junit.jupiter.api.Test;

/** MVVM in the UI: view-models and the document hold state and logic, never nodes. */
class UiArchitectureTest {
    /** The UI's classes of the product import the rule tests share. */
    private final JavaClasses classes =
            ProductRules.PRODUCT.that(JavaClass.Predicates.resideInAPackage("nl.personacanvas.ui.."));

    @Test
    void viewModelsAndTheDocumentImportNoNodes() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .or().resideInAPackage("..ui.document..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "org.controlsfx..")
                .check(classes);
    }
}
