package nl.personacanvas.ui.compare;

import static nl.personacanvas.ui.compare.BackgroundSteps.fx;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.concurrent.Task;
import nl.personacanvas.matrix.CompetencyMatrix;
import nl.personacanvas.merge.TeamCoverage;
import nl.personacanvas.model.Persona;
import nl.personacanvas.ui.HeldTasks;
import nl.personacanvas.ui.TestWorkbooks;
import nl.personacanvas.ui.document.WorkbookDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The view model lives on the FX thread; the team coverage is computed by tasks the test holds and then runs on
 * its own thread, as the app's background thread would.
 */
class CoverageViewModelTest {
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

    /** Laura (A4, k-stage) and Ahmed (A1, k-klas), the heatmap on Laura's activity. */
    private CoverageViewModel opened() {
        CoverageViewModel[] vm = new CoverageViewModel[1];
        fx(() -> {
            document.open(TestWorkbooks.twoPersonas(), Path.of("twente.pcanvas"));
            vm[0] = new CoverageViewModel(document, MATRIX, matcher, tasks);
        });
        tasks.runAll();
        fx(() -> vm[0].activityIdProperty().set("k-stage"));
        return vm[0];
    }

    private void moveAhmedToTheStage() {
        fx(() -> document.apply("undo.compare.editEntry", null,
                wb -> wb.updatePersona("p-ahmed", p -> p.withActivityId("k-stage"))));
    }

    private static List<String> heatmapPersonas(CoverageViewModel vm) {
        return vm.heatmap().personas().stream().map(Persona::name).toList();
    }

    @Test
    void theCoverageIsComputedOffTheFxThreadAndThenShown() {
        CoverageViewModel[] vm = new CoverageViewModel[1];
        boolean[] computingAtOpen = new boolean[1];
        fx(() -> {
            document.open(TestWorkbooks.twoPersonas(), Path.of("twente.pcanvas"));
            vm[0] = new CoverageViewModel(document, MATRIX, matcher, tasks);
            computingAtOpen[0] = vm[0].computingProperty().get();
        });

        // Opening only asked for the work: nothing of the checker ran on the FX thread, and nothing is shown yet.
        assertThat(matchedOnFxThread).isEmpty();
        assertThat(tasks.queued).hasSize(1);
        assertThat(computingAtOpen[0]).isTrue();
        assertThat(vm[0].teamProperty().get()).isNull();
        assertThat(vm[0].heatmap()).isNull();

        tasks.runAll();
        assertThat(matchedOnFxThread).isNotEmpty().doesNotContain(true);
        assertThat(vm[0].computingProperty().get()).isFalse();
        assertThat(vm[0].teamProperty().get().coreActivities()).extracting(a -> a.id())
                .containsExactlyInAnyOrder("k-stage", "k-klas");
        assertThat(vm[0].heatmap()).as("an activity is chosen with the first result").isNotNull();

        // An edit: again a task, and the coverage shown stays the previous one until it ran.
        fx(() -> vm[0].activityIdProperty().set("k-stage"));
        matchedOnFxThread.clear();
        TeamCoverage before = vm[0].teamProperty().get();
        moveAhmedToTheStage();
        assertThat(matchedOnFxThread).isEmpty();
        assertThat(vm[0].computingProperty().get()).isTrue();
        assertThat(vm[0].teamProperty().get()).isSameAs(before);
        assertThat(heatmapPersonas(vm[0])).containsExactly("Laura");
        tasks.runAll();
        assertThat(matchedOnFxThread).isNotEmpty().doesNotContain(true);
        assertThat(vm[0].computingProperty().get()).isFalse();
        assertThat(heatmapPersonas(vm[0])).containsExactlyInAnyOrder("Laura", "Ahmed");
    }

    @Test
    void aResultThatArrivesAfterANewerEditIsDropped() {
        CoverageViewModel vm = opened();
        moveAhmedToTheStage();
        List<Task<?>> older = new ArrayList<>(tasks.queued);
        tasks.queued.clear();
        fx(() -> document.apply("undo.compare.editEntry", null, wb -> wb.removePersona("p-ahmed")));
        tasks.runAll();
        // The older request finishes last (a slow run): its result must not replace the newer one.
        older.forEach(Task::run);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(heatmapPersonas(vm)).containsExactly("Laura");
        assertThat(vm.computingProperty().get()).isFalse();
    }

    @Test
    void aClosedWindowNoLongerFollowsEdits() {
        CoverageViewModel vm = opened();
        fx(vm::close);
        moveAhmedToTheStage();
        assertThat(tasks.queued).isEmpty();
        assertThat(vm.computingProperty().get()).isFalse();
        assertThat(heatmapPersonas(vm)).containsExactly("Laura");
    }
}
