package nl.personacanvas.ui.main;

import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.Styles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.concurrent.Task;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import nl.personacanvas.io.WorkbookLock;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Workbook;
import nl.personacanvas.ui.BadWorkbookFiles;
import nl.personacanvas.ui.DialogService;
import nl.personacanvas.ui.TestWorkbooks;
import nl.personacanvas.ui.UiFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The start with content looked up before the window is built (the desktop app's start, docs/startup.md). */
@ExtendWith(ApplicationExtension.class)
class InitialContentUiTest {
    @TempDir
    Path folder;
    private UiFixture ui;

    @Start
    void start(Stage stage) {
        ui = new UiFixture(folder);
    }

    @AfterEach
    void stop() {
        ui.executor.shutdown();
    }

    @Test
    void withNothingToRestoreAndNoFileTheSampleIsReadAheadAndShownFromTheStart(FxRobot robot) {
        InitialContent initial = InitialContent.lookUp(ui.recovery, ui.samples(), ui.store, List.of());
        assertThat(initial.recovered()).isEmpty();
        Workbook sample = ui.samples().load(ui.samples().defaultSample());
        assertThat(initial.sample()).isEqualTo(sample);

        // Straight after show, in the same FX turn: no read is pending, the window has the sample.
        List<String> namesRightAfterShow = new ArrayList<>();
        robot.interact(() -> {
            ui.start(new Stage(), List.of(), initial);
            namesRightAfterShow.addAll(ui.personaNamesInList());
        });

        assertThat(namesRightAfterShow).containsExactlyInAnyOrderElementsOf(
                sample.personas().stream().map(Persona::name).toList());
        assertThat(ui.window.viewModel().document().file()).isNull();
        assertThat(ui.window.viewModel().document().isDirty()).isFalse();
        assertThat(ui.dialogs.questions).isEmpty();
    }

    @Test
    void aFileArgumentIsReadAheadAndShownFromTheStart(FxRobot robot) throws Exception {
        Path file = ui.copyFixture("twente.pcanvas");
        InitialContent initial = InitialContent.lookUp(ui.recovery, ui.samples(), ui.store, List.of(file.toString()));
        assertThat(initial.sample()).isNull();
        assertThat(initial.file().path()).isEqualTo(file);
        assertThat(initial.file().holder()).isEmpty();
        Workbook twente = ui.store.load(file);

        List<String> namesRightAfterShow = new ArrayList<>();
        robot.interact(() -> {
            ui.start(new Stage(), List.of(file.toString()), initial);
            namesRightAfterShow.addAll(ui.personaNamesInList());
        });

        assertThat(namesRightAfterShow).containsExactlyInAnyOrderElementsOf(
                twente.personas().stream().map(Persona::name).toList());
        assertThat(ui.window.viewModel().document().file()).isEqualTo(file);
        assertThat(ui.window.viewModel().document().isDirty()).isFalse();
        assertThat(ui.settings.recentFiles()).contains(file);
        // Tracked as any file opened: the window's lock is written, a change by someone else is noticed on save.
        waitUntil(() -> Files.exists(WorkbookLock.lockFileOf(file)));
        assertThat(ui.window.viewModel().files().knownFingerprint(file))
                .isEqualTo(initial.file().loaded().fingerprint());
        assertThat(ui.dialogs.questions).isEmpty();
    }

    @Test
    void aFileAnotherCopyOfTheAppHasOpenIsAskedAboutRightAfterShowing(FxRobot robot) throws Exception {
        Path file = ui.copyFixture("twente.pcanvas");
        ProcessHandle other = ProcessHandle.current().parent().orElseThrow();
        WorkbookLock.Owner me = WorkbookLock.Owner.current(Clock.systemUTC());
        WorkbookLock.acquire(file, new WorkbookLock.Owner("ans", me.machine(), other.pid(),
                other.info().startInstant().orElse(null), TestWorkbooks.T0));
        InitialContent initial = InitialContent.lookUp(ui.recovery, ui.samples(), ui.store, List.of(file.toString()));
        assertThat(initial.file().holder()).map(WorkbookLock.Owner::user).contains("ans");
        ui.dialogs.lockedFileChoice = DialogService.LockedFileChoice.OPEN_COPY;

        robot.interact(() -> ui.start(new Stage(), List.of(file.toString()), initial));

        waitUntil(() -> ui.window.viewModel().document().workbook().personas().size() > 0);
        assertThat(ui.dialogs.questions).hasSize(1);
        assertThat(ui.dialogs.questions.get(0)).contains("twente.pcanvas is geopend in Persona Canvas door ans");
        assertThat(ui.window.viewModel().document().file()).isNull();
    }

    /**
     * A double-clicked workbook that cannot be opened: the window shows what a start without a file shows, the
     * sample, from its first frame and behind the error, never an empty workbook with its School field in red.
     */
    @ParameterizedTest
    @EnumSource(BadWorkbookFiles.class)
    void aFileThatCannotBeOpenedAtStartLeavesTheSampleAndSaysWhy(BadWorkbookFiles kind, FxRobot robot)
            throws Exception {
        Path bad = kind.writeInto(ui);
        Workbook sample = ui.samples().load(ui.samples().defaultSample());
        InitialContent initial = InitialContent.lookUp(ui.recovery, ui.samples(), ui.store, List.of(bad.toString()));
        assertThat(initial.file()).isNull();
        assertThat(initial.sample()).isEqualTo(sample);

        List<String> namesRightAfterShow = new ArrayList<>();
        robot.interact(() -> {
            ui.start(new Stage(), List.of(bad.toString()), initial);
            namesRightAfterShow.addAll(ui.personaNamesInList());
        });
        assertThat(namesRightAfterShow).containsExactlyInAnyOrderElementsOf(namesOf(sample));

        waitUntil(() -> robot.lookup("#error-dialog").tryQuery().isPresent());
        DialogPane dialog = robot.lookup("#error-dialog").queryAs(DialogPane.class);
        assertThat(((Label) dialog.lookup("#dialog-message")).getText())
                .contains(bad.getFileName() + " kan niet worden geopend").contains(kind.dutchReason);
        assertShowsTheSample(robot, sample);

        robot.clickOn((Node) dialog.lookupButton(ButtonType.OK));
        waitUntil(() -> robot.lookup("#error-dialog").tryQuery().isEmpty());
        assertShowsTheSample(robot, sample);
        assertThat(ui.dialogs.errors).hasSize(1);
        assertThat(ui.settings.recentFiles()).doesNotContain(bad);
    }

    /** Without a look-ahead (recovered work was offered and discarded), the window falls back on the sample too. */
    @Test
    void aFileThatCannotBeOpenedAfterDiscardingRecoveredWorkLeavesTheSample(FxRobot robot) throws Exception {
        ui.recovery.write(TestWorkbooks.twoPersonas().withSchool("Verloren"), null, null, TestWorkbooks.T0);
        Path bad = BadWorkbookFiles.CORRUPT.writeInto(ui);
        InitialContent initial = InitialContent.lookUp(ui.recovery, ui.samples(), ui.store, List.of(bad.toString()));
        assertThat(initial.recovered()).isPresent();
        ui.dialogs.confirmAnswer = false;
        Workbook sample = ui.samples().load(ui.samples().defaultSample());

        robot.interact(() -> ui.start(new Stage(), List.of(bad.toString()), initial));

        waitUntil(() -> robot.lookup("#error-dialog").tryQuery().isPresent());
        waitUntil(() -> sample.school().equals(ui.window.viewModel().document().workbook().school()));
        DialogPane dialog = robot.lookup("#error-dialog").queryAs(DialogPane.class);
        robot.clickOn((Node) dialog.lookupButton(ButtonType.OK));
        waitUntil(() -> robot.lookup("#error-dialog").tryQuery().isEmpty());
        assertShowsTheSample(robot, sample);
    }

    /** The sample's personas in the list, its school in an unmarked field, and nothing to save. */
    private void assertShowsTheSample(FxRobot robot, Workbook sample) {
        assertThat(ui.personaNamesInList()).containsExactlyInAnyOrderElementsOf(namesOf(sample));
        TextField school = robot.lookup("#workbook-school").queryAs(TextField.class);
        assertThat(school.getText()).isEqualTo(sample.school());
        assertThat(school.getPseudoClassStates()).doesNotContain(Styles.STATE_DANGER);
        assertThat(ui.window.viewModel().document().file()).isNull();
        assertThat(ui.window.viewModel().document().isDirty()).isFalse();
        assertThat(ui.window.viewModel().titleProperty().get()).startsWith(sample.school());
    }

    private static List<String> namesOf(Workbook workbook) {
        return workbook.personas().stream().map(Persona::name).toList();
    }

    /** What the window showed while the restore question was up. */
    private record Behind(String school, boolean schoolMarked, Set<String> personas, boolean dirty) {
    }

    private List<Behind> recordWhatIsBehindTheQuestion(FxRobot robot) {
        List<Behind> behind = new ArrayList<>();
        ui.dialogs.whileAsking = () -> {
            TextField school = robot.lookup("#workbook-school").queryAs(TextField.class);
            behind.add(new Behind(school.getText(), school.getPseudoClassStates().contains(Styles.STATE_DANGER),
                    Set.copyOf(ui.personaNamesInList()), ui.window.viewModel().document().isDirty()));
        };
        return behind;
    }

    /** The question about recovered work is asked over the sample, not over an empty workbook with School in red. */
    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void recoveredWorkIsOfferedOverTheSample(boolean restore, FxRobot robot) throws Exception {
        Workbook lost = TestWorkbooks.twoPersonas().withSchool("Verloren");
        ui.recovery.write(lost, null, null, TestWorkbooks.T0);
        InitialContent initial = InitialContent.lookUp(ui.recovery, ui.samples(), ui.store, List.of());
        assertThat(initial.recovered()).isPresent();
        Workbook sample = ui.samples().load(ui.samples().defaultSample());
        assertThat(initial.sample()).isEqualTo(sample);
        ui.dialogs.confirmAnswer = restore;
        List<Behind> behind = recordWhatIsBehindTheQuestion(robot);

        robot.interact(() -> ui.start(new Stage(), List.of(), initial));

        waitUntil(() -> !ui.dialogs.questions.isEmpty());
        assertThat(ui.dialogs.questions).hasSize(1);
        assertThat(ui.dialogs.questions.get(0)).contains("Verloren");
        assertThat(behind).containsExactly(new Behind(sample.school(), false, Set.copyOf(namesOf(sample)), false));
        if (restore) {
            waitUntil(() -> "Verloren".equals(ui.window.viewModel().document().workbook().school()));
            assertThat(ui.personaNamesInList()).containsExactlyInAnyOrderElementsOf(namesOf(lost));
            assertThat(ui.window.viewModel().document().isDirty()).isTrue();
            // Neither the sample behind the question nor the restore deleted the copy (the executor runs one task
            // at a time: once this one ran, any discard queued before it has too).
            CompletableFuture<Void> queueRan = new CompletableFuture<>();
            ui.executor.execute(new Task<Void>() {
                @Override
                protected Void call() {
                    queueRan.complete(null);
                    return null;
                }
            });
            queueRan.get(5, TimeUnit.SECONDS);
            assertThat(ui.recovery.find()).as("recovery copy").isPresent();
        } else {
            robot.interact(() -> { });
            assertShowsTheSample(robot, sample);
            waitUntil(() -> ui.recovery.find().isEmpty());
        }
    }
}
