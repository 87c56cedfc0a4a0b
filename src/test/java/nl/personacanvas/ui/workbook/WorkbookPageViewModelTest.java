package nl.personacanvas.ui.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.personacanvas.matrix.CompetencyMatrix;
import nl.personacanvas.model.ActivityGroup;
import nl.personacanvas.model.CoreActivity;
import nl.personacanvas.model.PrincipleTheme;
import nl.personacanvas.ui.TestWorkbooks;
import nl.personacanvas.ui.document.WorkbookDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WorkbookPageViewModelTest {
    private static final CompetencyMatrix MATRIX = CompetencyMatrix.loadBundled();
    private final WorkbookDocument document = new WorkbookDocument();
    private WorkbookPageViewModel page;

    @BeforeEach
    void setUp() {
        document.open(TestWorkbooks.twoPersonas(), null);
        page = new WorkbookPageViewModel(document, MATRIX.activities());
    }

    @Test
    void fieldsFollowTheDocumentAndWriteThroughAsOneStepPerField() {
        assertThat(page.schoolProperty().get()).isEqualTo("Testcollege");

        page.schoolProperty().set("Testcollege O");
        page.schoolProperty().set("Testcollege Oost");
        page.definitionProperty().set("Nieuwe definitie");

        assertThat(document.workbook().school()).isEqualTo("Testcollege Oost");
        document.undo();
        assertThat(page.definitionProperty().get()).isEqualTo("Definitie");
        document.undo();
        assertThat(page.schoolProperty().get()).isEqualTo("Testcollege");
    }

    @Test
    void principlesAreThemesWithOneStatementPerLine() {
        page.addPrinciple();
        PrincipleViewModel theme = page.principles().get(0);
        theme.themeProperty().set("Voor iedereen");
        theme.statementsProperty().set("Elke student gaat over de grens\n");
        theme.statementsProperty().set("Elke student gaat over de grens\n\nOok thuis  ");

        assertThat(document.workbook().principles()).containsExactly(
                new PrincipleTheme("Voor iedereen", List.of("Elke student gaat over de grens", "Ook thuis")));
        assertThat(theme.statementsProperty().get()).isEqualTo("Elke student gaat over de grens\n\nOok thuis  ");

        page.removePrinciple(theme);
        assertThat(document.workbook().principles()).isEmpty();
        document.undo();
        assertThat(page.principles()).hasSize(1);
        assertThat(page.principles().get(0).themeProperty().get()).isEqualTo("Voor iedereen");
    }

    @Test
    void offersOnlyTheMatrixActivitiesTheWorkbookLacks() {
        assertThat(page.addableMatrixActivities()).extracting(m -> m.id()).containsExactly("A2", "A3", "A5");
        page.addMatrixActivity(page.addableMatrixActivities().get(0));

        CoreActivity added = document.workbook().activities().get(2);
        assertThat(added.matrixId()).isEqualTo("A2");
        assertThat(added.name()).isEqualTo(MATRIX.activity("A2").orElseThrow().name());
        assertThat(page.addableMatrixActivities()).extracting(m -> m.id()).containsExactly("A3", "A5");
    }

    @Test
    void ownActivitiesAreNamedAndGroupedInPlace() {
        ActivityViewModel own = page.addOwnActivity();
        own.nameProperty().set("Studieloopbaan");
        own.groupProperty().set(ActivityGroup.MOBILITY);

        CoreActivity saved = document.workbook().activity(own.id()).orElseThrow();
        assertThat(saved.isOwn()).isTrue();
        assertThat(saved.name()).isEqualTo("Studieloopbaan");
        assertThat(saved.group()).isEqualTo(ActivityGroup.MOBILITY);
        assertThat(page.activities()).last().isSameAs(own);
    }

    @Test
    void removingAnActivityKeepsItsPersonas() {
        page.removeActivity(page.activities().get(0));
        assertThat(document.workbook().activities()).extracting(CoreActivity::id).containsExactly("k-klas");
        assertThat(document.workbook().personas()).hasSize(2);
    }
}
