package nl.personacanvas.ui.compare;

import static nl.personacanvas.ui.compare.BackgroundSteps.fx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.concurrent.Task;
import nl.personacanvas.matrix.CompetencyMatrix;
import nl.personacanvas.merge.ElementMatcher;
import nl.personacanvas.merge.MatrixItem;
import nl.personacanvas.merge.PersonaComparison;
import nl.personacanvas.model.Entry;
import nl.personacanvas.model.Quadrant;
import nl.personacanvas.model.Workbook;
import nl.personacanvas.ui.HeldTasks;
import nl.personacanvas.ui.TestWorkbooks;
import nl.personacanvas.ui.document.WorkbookDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The view model lives on the FX thread; the comparison is computed by tasks the test holds and then runs on
 * its own thread, as the app's background thread would.
 */
class CompareViewModelTest {
    private static final CompetencyMatrix MATRIX = CompetencyMatrix.loadBundled();
    private final WorkbookDocument document = new WorkbookDocument();
    private final HeldTasks tasks = new HeldTasks();
    private final BackgroundSteps matcher = new BackgroundSteps();
    /** Per call of the matcher: whether it ran on the FX thread. */
    private final List<Boolean> matchedOnFxThread = matcher.onFxThread;

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    private CompareViewModel twoOfTwente() {
        // Laura's design entry links A4.design.1; a second A4 persona without it must show it as missing.
        Workbook wb = TestWorkbooks.twoPersonas().updatePersona("p-laura", p -> p.withCanvas(p.canvas().replace(
                new Entry("e-d1", "Stageopdrachten", List.of("A4.design.1"), ""))));
        Workbook twente = wb.updatePersona("p-ahmed", p -> p.withActivityId("k-stage"));
        CompareViewModel[] vm = new CompareViewModel[1];
        fx(() -> {
            document.open(twente, Path.of("twente.pcanvas"));
            vm[0] = new CompareViewModel(document, MATRIX, ElementMatcher.LINKS_ONLY, tasks,
                    List.of("p-laura", "p-ahmed"), "twente");
        });
        tasks.runAll();
        return vm[0];
    }

    /** An edit on the FX thread, then the comparison it asked for. */
    private void edit(Runnable step) {
        fx(step);
        tasks.runAll();
    }

    @Test
    void theComparisonIsComputedOffTheFxThreadAndThenShown() {
        Workbook wb = TestWorkbooks.twoPersonas();
        CompareViewModel[] vm = new CompareViewModel[1];
        boolean[] computingAtOpen = new boolean[1];
        fx(() -> {
            document.open(wb, Path.of("twente.pcanvas"));
            vm[0] = new CompareViewModel(document, MATRIX, matcher, tasks, List.of("p-laura", "p-ahmed"), "twente");
            computingAtOpen[0] = vm[0].computingProperty().get();
        });

        // Opening only asked for the work: nothing of the checker ran on the FX thread, and nothing is shown yet.
        assertThat(matchedOnFxThread).isEmpty();
        assertThat(tasks.queued).hasSize(1);
        assertThat(computingAtOpen[0]).isTrue();
        assertThat(vm[0].comparisonProperty().get()).isNull();

        tasks.runAll();
        assertThat(matchedOnFxThread).isNotEmpty().doesNotContain(true);
        assertThat(vm[0].computingProperty().get()).isFalse();
        assertThat(vm[0].personas()).extracting(p -> p.name()).containsExactly("Laura", "Ahmed");

        // An edit in the window: again a task, and the comparison shown stays the previous one until it ran.
        matchedOnFxThread.clear();
        PersonaComparison before = vm[0].comparisonProperty().get();
        fx(() -> vm[0].editEntry("p-laura", "e-u1", "Coacht wekelijks op afstand"));
        assertThat(matchedOnFxThread).isEmpty();
        assertThat(vm[0].comparisonProperty().get()).isSameAs(before);
        tasks.runAll();
        assertThat(matchedOnFxThread).isNotEmpty().doesNotContain(true);
        assertThat(vm[0].comparisonProperty().get().row(Quadrant.DELIVER).columns().get(0).get(0).entry().text())
                .isEqualTo("Coacht wekelijks op afstand");
    }

    @Test
    void aResultThatArrivesAfterANewerEditIsDropped() {
        CompareViewModel vm = twoOfTwente();
        fx(() -> vm.editEntry("p-laura", "e-u1", "Eerst dit"));
        List<Task<?>> older = new ArrayList<>(tasks.queued);
        tasks.queued.clear();
        fx(() -> vm.editEntry("p-laura", "e-u1", "Dan dit"));
        tasks.runAll();
        // The older request finishes last (a slow run): its result must not replace the newer one.
        older.forEach(Task::run);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(vm.comparisonProperty().get().row(Quadrant.DELIVER).columns().get(0).get(0).entry().text())
                .isEqualTo("Dan dit");
        assertThat(vm.computingProperty().get()).isFalse();
    }

    @Test
    void aClosedComparisonNoLongerFollowsEdits() {
        CompareViewModel vm = twoOfTwente();
        fx(vm::close);
        fx(() -> document.apply("undo.compare.editEntry", null, wb -> wb.removePersona("p-ahmed")));
        assertThat(tasks.queued).isEmpty();
        assertThat(vm.personas()).hasSize(2);
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
        fx(() -> vm.quadrantFilterProperty().set(Quadrant.ORGANISE));
        assertThat(vm.visibleQuadrants()).containsExactly(Quadrant.ORGANISE);
    }

    @Test
    void editsGoThroughTheDocumentAndUndo() {
        CompareViewModel vm = twoOfTwente();
        edit(() -> vm.editEntry("p-laura", "e-u1", "Coacht wekelijks op afstand"));

        assertThat(vm.comparisonProperty().get().row(Quadrant.DELIVER).columns().get(0).get(0).entry().text())
                .isEqualTo("Coacht wekelijks op afstand");
        assertThat(document.isDirty()).isTrue();
        edit(document::undo);
        assertThat(vm.comparisonProperty().get().row(Quadrant.DELIVER).columns().get(0).get(0).entry().text())
                .isEqualTo("Coacht op afstand");
    }

    @Test
    void aDeletedPersonaLeavesNothingToCompareAndCountsAreChecked() {
        CompareViewModel vm = twoOfTwente();
        edit(() -> document.apply("undo.compare.editEntry", null, wb -> wb.removePersona("p-ahmed")));
        assertThat(vm.comparisonProperty().get()).isNull();
        assertThat(vm.computingProperty().get()).isFalse();
        assertThatThrownBy(() -> new CompareViewModel(document, MATRIX, ElementMatcher.LINKS_ONLY, tasks,
                List.of("p-laura"), ""))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void addsAPersonaOfAnotherFileReadOnlyAndKeepsItThroughEdits() {
        CompareViewModel vm = twoOfTwente();
        Workbook other = TestWorkbooks.twoPersonas();
        // The same id as a persona here: it is still its own column, from its own file.
        boolean[] added = new boolean[1];
        edit(() -> added[0] = vm.addFromOtherFile(other, other.persona("p-laura").orElseThrow(), "team-b.pcanvas"));
        assertThat(added[0]).isTrue();

        assertThat(vm.personas()).extracting(p -> p.name()).containsExactly("Laura", "Ahmed", "Laura");
        assertThat(vm.comparisonProperty().get().personas().get(2).source()).isEqualTo("team-b.pcanvas");
        assertThat(vm.heads().get(2).otherFile()).isEqualTo("team-b.pcanvas");
        assertThat(vm.heads().get(0).otherFile()).isEmpty();
        assertThat(vm.isEditable(0)).isTrue();
        assertThat(vm.isEditable(2)).isFalse();

        edit(() -> vm.editEntry("p-laura", "e-d1", "Ontwerpt stageopdrachten"));
        assertThat(vm.comparisonProperty().get().row(Quadrant.DESIGN).columns().get(0).get(0).entry().text())
                .isEqualTo("Ontwerpt stageopdrachten");
        assertThat(vm.comparisonProperty().get().row(Quadrant.DESIGN).columns().get(2))
                .noneMatch(e -> e.entry().text().equals("Ontwerpt stageopdrachten"));
    }

    @Test
    void takesNoMoreThanSixPersonas() {
        CompareViewModel vm = twoOfTwente();
        Workbook other = TestWorkbooks.twoPersonas();
        List<Boolean> added = new ArrayList<>();
        edit(() -> {
            for (int i = 0; i < 5; i++) {
                added.add(vm.addFromOtherFile(other, other.persona("p-ahmed").orElseThrow(), "b" + i + ".pcanvas"));
            }
        });
        assertThat(added).containsExactly(true, true, true, true, false);
        assertThat(vm.isFull()).isTrue();
        assertThat(vm.personas()).hasSize(6);
    }
}
