package nl.personacanvas.ui.main;

import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javafx.stage.Stage;
import nl.personacanvas.io.WorkbookLock;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Workbook;
import nl.personacanvas.ui.DialogService;
import nl.personacanvas.ui.TestWorkbooks;
import nl.personacanvas.ui.UiFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
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

    @Test
    void aFileThatCannotBeReadIsLeftToTheWindowWhichSaysWhy(FxRobot robot) throws Exception {
        Path broken = ui.copyFixture("broken.pcanvas");
        InitialContent initial = InitialContent.lookUp(ui.recovery, ui.samples(), ui.store, List.of(broken.toString()));
        assertThat(initial.file()).isNull();
        assertThat(initial.sample()).isNull();

        robot.interact(() -> ui.start(new Stage(), List.of(broken.toString()), initial));

        waitUntil(() -> !ui.dialogs.errors.isEmpty());
        assertThat(ui.dialogs.errors.get(0)).contains("broken.pcanvas");
    }

    @Test
    void recoveredWorkIsOfferedAfterTheWindowIsShownAndTheSampleIsNotRead(FxRobot robot) throws Exception {
        Workbook lost = TestWorkbooks.twoPersonas().withSchool("Verloren");
        ui.recovery.write(lost, null, null, TestWorkbooks.T0);
        InitialContent initial = InitialContent.lookUp(ui.recovery, ui.samples(), ui.store, List.of());
        assertThat(initial.recovered()).isPresent();
        assertThat(initial.sample()).isNull();
        ui.dialogs.confirmAnswer = true;

        robot.interact(() -> ui.start(new Stage(), List.of(), initial));

        waitUntil(() -> "Verloren".equals(ui.window.viewModel().document().workbook().school()));
        assertThat(ui.dialogs.questions).hasSize(1);
        assertThat(ui.dialogs.questions.get(0)).contains("Verloren");
        assertThat(ui.window.viewModel().document().isDirty()).isTrue();
    }
}
