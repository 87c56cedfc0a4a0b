package nl.personacanvas;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/** The layering of docs/architecture.md, enforced. */
class ArchitectureTest {
    private static final JavaClasses product = ProductRules.PRODUCT;

    @Test
    void domainAndServicesKnowNothingOfJavaFx() {
        ArchRule rule = noClasses().that().resideInAnyPackage(
                        "..personacanvas.model..", "..personacanvas.matrix..", "..personacanvas.check..",
                        "..personacanvas.io..", "..personacanvas.pdf..", "..personacanvas.summary..",
                        "..personacanvas.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..");
        rule.check(product);
    }

    @Test
    void modelDependsOnNoOtherPartOfTheProduct() {
        noClasses().that().resideInAPackage("..personacanvas.model..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "..personacanvas.matrix..", "..personacanvas.check..", "..personacanvas.io..",
                        "..personacanvas.pdf..", "..personacanvas.ui..", "..personacanvas.cli..",
                        "com.fasterxml..", "org.apache..")
                .check(product);
    }

    @Test
    void servicesDoNotReachUpIntoTheUiOrTheCommandLine() {
        noClasses().that().resideInAnyPackage("..personacanvas.matrix..", "..personacanvas.check..",
                        "..personacanvas.io..", "..personacanvas.pdf..", "..personacanvas.summary..")
                .should().dependOnClassesThat().resideInAnyPackage("..personacanvas.ui..", "..personacanvas.cli..")
                .check(product);
    }

    @Test
    void posterDrawingKnowsNothingOfTheChecker() {
        // Check results reach the pdf package as plain data (CheckSummaries, the comparison data of merge)
        // through the summary service; drawing never runs the checker. The matrix's roles and wording are
        // data it may print.
        noClasses().that().resideInAPackage("..personacanvas.pdf..")
                .should().dependOnClassesThat().resideInAnyPackage("..personacanvas.check..",
                        "..personacanvas.summary..")
                .check(product);
    }

    @Test
    void uiAndCommandLineDoNotDependOnEachOther() {
        noClasses().that().resideInAPackage("..personacanvas.ui..")
                .should().dependOnClassesThat().resideInAPackage("..personacanvas.cli..")
                .check(product);
        noClasses().that().resideInAPackage("..personacanvas.cli..")
                .should().dependOnClassesThat().resideInAPackage("..personacanvas.ui..")
                .check(product);
    }

    @Test
    void nothingOpensANetworkConnection() {
        ProductRules.NO_NETWORK.check(product);
    }
}
