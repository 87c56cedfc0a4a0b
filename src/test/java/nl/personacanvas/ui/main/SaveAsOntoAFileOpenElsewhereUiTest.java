package nl.personacanvas.ui.main;

import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import javafx.scene.input.KeyCode;
import nl.personacanvas.io.WorkbookLock;
import nl.personacanvas.io.WorkbookStore;
import nl.personacanvas.ui.MainWindowUiTest;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Session 22 (rob22): File › Save as onto a workbook another copy of the app has open replaced the colleague's file
 * without a word about them (the system's file dialog asks only whether to replace "a file"). Opening that workbook
 * says who has it open; saving over it now does too, and nothing is written unless the user says so.
 */
class SaveAsOntoAFileOpenElsewhereUiTest extends MainWindowUiTest {
    private static final Instant SINCE = Instant.parse("2026-12-01T08:30:00Z");

    @Test
    void savingAsAWorkbookAColleagueHasOpenAsksFirstAndWritesNothingWhenCancelled() throws Exception {
        waitUntil(() -> ui.personaNamesInList().size() == 2);
        Path theirs = folder.resolve("gedeeld \uD83C\uDF0D.pcanvas");
        ui.store.save(ui.store.load(twente()).withSchool("Hun versie"), theirs);
        byte[] before = Files.readAllBytes(theirs);
        heldByAColleague(theirs);
        robot.interact(() -> document().apply("rename", null, wb -> wb.withSchool("Mijn versie")));

        ui.dialogs.filesToSave.add(theirs);
        ui.dialogs.confirmAnswer = false;
        robot.clickOn("#persona-tree").push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S);

        waitUntil(() -> ui.dialogs.questions.size() == 1);
        assertThat(ui.dialogs.questions.get(0)).contains("gedeeld \uD83C\uDF0D.pcanvas", "ans", "Persona Canvas");
        WaitForAsyncUtils.waitForFxEvents();
        waitUntil(() -> !ui.window.viewModel().files().busyProperty().get());
        assertThat(Files.readAllBytes(theirs)).isEqualTo(before);
        assertThat(document().isDirty()).isTrue();
        assertThat(document().file()).isEqualTo(twente());

        ui.dialogs.filesToSave.add(theirs);
        ui.dialogs.confirmAnswer = true;
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S);

        waitUntil(() -> !document().isDirty());
        assertThat(ui.dialogs.questions).hasSize(2);
        assertThat(ui.store.load(theirs).school()).isEqualTo("Mijn versie");
        assertThat(Files.readAllBytes(WorkbookStore.backupOf(theirs))).isEqualTo(before);
    }

    @Test
    void savingAsAWorkbookNobodyHasOpenAsksNothing() throws Exception {
        waitUntil(() -> ui.personaNamesInList().size() == 2);
        Path free = folder.resolve("vrij.pcanvas");
        ui.store.save(ui.store.load(twente()).withSchool("Oud"), free);
        robot.interact(() -> document().apply("rename", null, wb -> wb.withSchool("Mijn versie")));

        ui.dialogs.filesToSave.add(free);
        robot.clickOn("#persona-tree").push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S);

        waitUntil(() -> !document().isDirty());
        assertThat(ui.store.load(free).school()).isEqualTo("Mijn versie");
        assertThat(ui.dialogs.questions).isEmpty();
    }

    /** A lock of another running process on this computer, as a second copy of the app writes it when opening. */
    private static void heldByAColleague(Path file) throws Exception {
        ProcessHandle other = ProcessHandle.current().parent().orElseThrow();
        WorkbookLock.Owner me = WorkbookLock.Owner.current(Clock.systemUTC());
        WorkbookLock.acquire(file, new WorkbookLock.Owner("ans", me.machine(), other.pid(),
                other.info().startInstant().orElse(null), SINCE));
    }
}
