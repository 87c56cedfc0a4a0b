package nl.personacanvas.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import nl.personacanvas.matrix.CompetencyMatrix;
import nl.personacanvas.merge.ElementMatcher;
import nl.personacanvas.merge.MatrixItem;
import nl.personacanvas.model.Entry;
import nl.personacanvas.model.Quadrant;
import nl.personacanvas.model.Workbook;
import nl.personacanvas.ui.TestWorkbooks;
import nl.personacanvas.ui.document.WorkbookDocument;
import org.junit.jupiter.api.Test;

class CompareViewModelTest {
    private static final CompetencyMatrix MATRIX = CompetencyMatrix.loadBundled();
    private final WorkbookDocument document = new WorkbookDocument();

    private CompareViewModel twoOfTwente() {
        // Laura's design entry links A4.design.1; a second A4 persona without it must show it as missing.
        Workbook wb = TestWorkbooks.twoPersonas().updatePersona("p-laura", p -> p.withCanvas(p.canvas().replace(
                new Entry("e-d1", "Stageopdrachten", List.of("A4.design.1"), ""))));
        wb = wb.updatePersona("p-ahmed", p -> p.withActivityId("k-stage"));
        document.open(wb, Path.of("twente.pcanvas"));
        return new CompareViewModel(document, MATRIX, ElementMatcher.LINKS_ONLY, List.of("p-laura", "p-ahmed"), "twente");
    }

    @Test
    void marksWhatOneCoversAndTheOtherMisses() {
        CompareViewModel vm = twoOfTwente();

        assertThat(vm.personas()).extracting(p -> p.name()).containsExactly("Laura", "Ahmed");
        assertThat(vm.missingHere(1, Quadrant.DESIGN)).extracting(MatrixItem::id).containsExactly("A4.design.1");
        assertThat(vm.missingHere(0, Quadrant.DESIGN)).isEmpty();
        assertThat(vm.missingHere(1, Quadrant.DELIVER)).isEmpty();
    }

    @Test
    void filtersQuadrants() {
        CompareViewModel vm = twoOfTwente();
        assertThat(vm.visibleQuadrants()).containsExactly(Quadrant.values());
        vm.quadrantFilterProperty().set(Quadrant.ORGANISE);
        assertThat(vm.visibleQuadrants()).containsExactly(Quadrant.ORGANISE);
    }

    @Test
    void editsGoThroughTheDocumentAndUndo() {
        CompareViewModel vm = twoOfTwente();
        vm.editEntry("p-laura", "e-u1", "Coacht wekelijks op afstand");

        assertThat(vm.comparisonProperty().get().row(Quadrant.DELIVER).columns().get(0).get(0).entry().text())
                .isEqualTo("Coacht wekelijks op afstand");
        assertThat(document.isDirty()).isTrue();
        document.undo();
        assertThat(vm.comparisonProperty().get().row(Quadrant.DELIVER).columns().get(0).get(0).entry().text())
                .isEqualTo("Coacht op afstand");
    }

    @Test
    void aDeletedPersonaLeavesNothingToCompareAndCountsAreChecked() {
        CompareViewModel vm = twoOfTwente();
        document.apply("undo.compare.editEntry", null, wb -> wb.removePersona("p-ahmed"));
        assertThat(vm.comparisonProperty().get()).isNull();
        assertThatThrownBy(() -> new CompareViewModel(document, MATRIX, ElementMatcher.LINKS_ONLY, List.of("p-laura"), ""))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void addsAPersonaOfAnotherFileReadOnlyAndKeepsItThroughEdits() {
        CompareViewModel vm = twoOfTwente();
        Workbook other = TestWorkbooks.twoPersonas();
        // The same id as a persona here: it is still its own column, from its own file.
        assertThat(vm.addFromOtherFile(other, other.persona("p-laura").orElseThrow(), "team-b.pcanvas")).isTrue();

        assertThat(vm.personas()).extracting(p -> p.name()).containsExactly("Laura", "Ahmed", "Laura");
        assertThat(vm.comparisonProperty().get().personas().get(2).source()).isEqualTo("team-b.pcanvas");
        assertThat(vm.otherFile(2)).isEqualTo("team-b.pcanvas");
        assertThat(vm.otherFile(0)).isEmpty();
        assertThat(vm.isEditable(0)).isTrue();
        assertThat(vm.isEditable(2)).isFalse();

        vm.editEntry("p-laura", "e-d1", "Ontwerpt stageopdrachten");
        assertThat(vm.comparisonProperty().get().row(Quadrant.DESIGN).columns().get(0).get(0).entry().text())
                .isEqualTo("Ontwerpt stageopdrachten");
        assertThat(vm.comparisonProperty().get().row(Quadrant.DESIGN).columns().get(2))
                .noneMatch(e -> e.entry().text().equals("Ontwerpt stageopdrachten"));
    }

    @Test
    void takesNoMoreThanSixPersonas() {
        CompareViewModel vm = twoOfTwente();
        Workbook other = TestWorkbooks.twoPersonas();
        for (int i = 0; i < 4; i++) {
            assertThat(vm.addFromOtherFile(other, other.persona("p-ahmed").orElseThrow(), "b" + i + ".pcanvas")).isTrue();
        }
        assertThat(vm.isFull()).isTrue();
        assertThat(vm.addFromOtherFile(other, other.persona("p-ahmed").orElseThrow(), "c.pcanvas")).isFalse();
        assertThat(vm.personas()).hasSize(6);
    }
}
