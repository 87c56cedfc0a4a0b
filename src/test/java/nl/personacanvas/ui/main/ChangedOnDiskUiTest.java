package nl.personacanvas.ui.main;

import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import javafx.scene.input.KeyCode;
import nl.personacanvas.io.WorkbookLock;
import nl.personacanvas.model.Entry;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Quadrant;
import nl.personacanvas.model.Workbook;
import nl.personacanvas.ui.DialogService.ChangedFileChoice;
import nl.personacanvas.ui.DialogService.LockedFileChoice;
import nl.personacanvas.ui.MainWindowUiTest;
import nl.personacanvas.ui.TypedText;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** A colleague changes the open workbook on a shared drive: the window notices and never overwrites it. */
class ChangedOnDiskUiTest extends MainWindowUiTest {
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    private FileCommands files() {
        return ui.window.viewModel().files();
    }

    private static List<String> names(Workbook wb) {
        return wb.personas().stream().map(Persona::name).toList();
    }

    /** My unsaved edit in the window, then the colleague's save of their own edit to the same file. */
    private void mineThenTheirs() throws Exception {
        waitUntil(() -> ui.personaNamesInList().size() == 2 && Files.exists(WorkbookLock.lockFileOf(twente())));
        WaitForAsyncUtils.asyncFx(() -> document().apply("add", null,
                wb -> wb.addPersona(Persona.create("Mijn persona", "", "", NOW)))).get();
        Workbook theirs = ui.store.load(twente()).addPersona(Persona.create("Hun persona", "", "", NOW));
        ui.store.save(theirs, twente());
    }

    private void saveInTheWindow() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> files().save(() -> { })).get();
        waitUntil(() -> !ui.dialogs.questions.isEmpty() && !files().busyProperty().get());
    }

    @Test
    void savingAChangedFileAsksAndMergingKeepsBothInOneUndoableStep() throws Exception {
        mineThenTheirs();
        ui.dialogs.changedFileChoice = ChangedFileChoice.MERGE;
        saveInTheWindow();

        waitUntil(() -> !document().isDirty());
        assertThat(ui.dialogs.questions.get(0)).contains("twente.pcanvas is op schijf gewijzigd");
        assertThat(names(ui.store.load(twente()))).containsExactlyInAnyOrder("Laura", "Ahmed", "Mijn persona", "Hun persona");
        WaitForAsyncUtils.asyncFx(() -> document().undo()).get();
        assertThat(names(document().workbook())).containsExactlyInAnyOrder("Laura", "Ahmed", "Mijn persona");
    }

    /**
     * The panel member finishes a note while a colleague renames the school and rewords Ahmed's note in the same
     * file. Each changed a different part: the merge takes each side's change and marks nothing. Only a part both
     * changed (Laura's role here) is kept both ways: mine in the field, theirs in the persona's notes.
     */
    @Test
    void mergingTakesWhatOnlyOneSideChangedAndKeepsBothWhereBothDid() throws Exception {
        waitUntil(() -> ui.personaNamesInList().size() == 2 && Files.exists(WorkbookLock.lockFileOf(twente())));
        robot.clickOn("Laura");
        waitUntil(() -> robot.lookup("#quadrant-design .entry-text").tryQuery().isPresent());
        robot.clickOn("#quadrant-design .entry-text").push(KeyCode.END);
        TypedText.write(robot, " in Duitsland");
        robot.clickOn("#canvas-role").push(KeyCode.END);
        TypedText.write(robot, " in Duitsland");
        waitUntil(() -> persona("Laura").role().endsWith("in Duitsland"));
        Workbook theirs = ui.store.load(twente()).withSchool("Testcollege Oost-Nederland")
                .updatePersona("p-ahmed", p -> p.withCanvas(p.canvas().replace(
                        p.canvas().entries(Quadrant.DELIVER).get(0).withText("Creëert een veilige sfeer voor iedereen"))))
                .updatePersona("p-laura", p -> p.withRole("begeleidt stagiairs"));
        ui.store.save(theirs, twente());
        ui.dialogs.changedFileChoice = ChangedFileChoice.MERGE;
        robot.push(KeyCode.CONTROL, KeyCode.S);
        waitUntil(() -> !ui.dialogs.questions.isEmpty() && !document().isDirty());

        Workbook saved = ui.store.load(twente());
        assertThat(saved.school()).isEqualTo("Testcollege Oost-Nederland");
        Persona laura = saved.persona("p-laura").orElseThrow();
        assertThat(laura.canvas().entries(Quadrant.DESIGN)).extracting(Entry::text)
                .containsExactly("Stageopdrachten met interculturele leeruitkomsten in Duitsland");
        assertThat(laura.role()).endsWith("in Duitsland");
        assertThat(laura.notes()).as("their role, kept in the notes").contains("begeleidt stagiairs");
        assertThat(saved.persona("p-ahmed").orElseThrow().canvas().entries(Quadrant.DELIVER)).extracting(Entry::text)
                .containsExactly("Creëert een veilige sfeer voor iedereen");
    }

    /**
     * The colleague deleted Ahmed and Laura; the panel member left Ahmed alone but was still describing Laura. Ahmed
     * goes, as the colleague meant; Laura stays with the words just typed, and the status line says why she is there.
     */
    @Test
    void aPersonaTheyDeletedGoesUnlessIChangedItThenItStaysAndIsNamed() throws Exception {
        waitUntil(() -> ui.personaNamesInList().size() == 2 && Files.exists(WorkbookLock.lockFileOf(twente())));
        robot.clickOn("Laura");
        robot.clickOn("#canvas-role").push(KeyCode.END);
        TypedText.write(robot, " in Duitsland");
        waitUntil(() -> persona("Laura").role().endsWith("in Duitsland"));
        Workbook theirs = ui.store.load(twente()).removePersona("p-ahmed").removePersona("p-laura");
        ui.store.save(theirs, twente());
        ui.dialogs.changedFileChoice = ChangedFileChoice.MERGE;
        saveInTheWindow();
        waitUntil(() -> !document().isDirty() && !files().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        Workbook saved = ui.store.load(twente());
        assertThat(names(saved)).containsExactly("Laura");
        assertThat(saved.persona("p-laura").orElseThrow().role()).endsWith("in Duitsland");
        assertThat(ui.window.viewModel().status().text()).isEqualTo("Wijzigingen op schijf samengevoegd: twente.pcanvas. "
                + "Laura is bewaard: de persona is aan de ene kant verwijderd en aan de andere kant gewijzigd. "
                + "Verwijder de persona zelf als die weg moet.");
    }

    /**
     * Merged on coming back to the window (not saved), then the colleague rewords the same note once more. The
     * second merge starts from the version the first one took in: their newer wording replaces their older one,
     * and neither is kept twice.
     */
    @Test
    void aSecondMergeOnComingBackStartsFromWhatTheFirstTookIn() throws Exception {
        waitUntil(() -> ui.personaNamesInList().size() == 2 && Files.exists(WorkbookLock.lockFileOf(twente())));
        robot.clickOn("Laura");
        waitUntil(() -> robot.lookup("#quadrant-design .entry-text").tryQuery().isPresent());
        robot.clickOn("#quadrant-design .entry-text").push(KeyCode.END);
        TypedText.write(robot, " in Duitsland");
        waitUntil(() -> persona("Laura").canvas().entries(Quadrant.DESIGN).get(0).text().endsWith("in Duitsland"));
        ui.dialogs.changedFileChoice = ChangedFileChoice.MERGE;

        theyRewordAhmedsNote("Bouwt aan een veilige sfeer");
        WaitForAsyncUtils.asyncFx(() -> files().checkForChangesOnDisk()).get();
        waitUntil(() -> ui.dialogs.questions.size() == 1 && !files().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        theyRewordAhmedsNote("Zorgt dat iedereen zich veilig voelt");
        WaitForAsyncUtils.asyncFx(() -> files().checkForChangesOnDisk()).get();
        waitUntil(() -> ui.dialogs.questions.size() == 2 && !files().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        Workbook merged = document().workbook();
        assertThat(merged.persona("p-ahmed").orElseThrow().canvas().entries(Quadrant.DELIVER)).extracting(Entry::text)
                .containsExactly("Zorgt dat iedereen zich veilig voelt");
        assertThat(merged.persona("p-ahmed").orElseThrow().notes()).doesNotContain("twente.pcanvas");
        assertThat(merged.persona("p-laura").orElseThrow().canvas().entries(Quadrant.DESIGN)).extracting(Entry::text)
                .containsExactly("Stageopdrachten met interculturele leeruitkomsten in Duitsland");
        assertThat(document().isDirty()).as("my note is not on disk yet").isTrue();
    }

    private void theyRewordAhmedsNote(String text) throws Exception {
        Workbook theirs = ui.store.load(twente()).updatePersona("p-ahmed", p -> p.withCanvas(p.canvas().replace(
                p.canvas().entries(Quadrant.DELIVER).get(0).withText(text))));
        ui.store.save(theirs, twente());
    }

    @Test
    void keepingMineSavesNothingAndTheirVersionStays() throws Exception {
        mineThenTheirs();
        ui.dialogs.changedFileChoice = ChangedFileChoice.KEEP_MINE;
        saveInTheWindow();

        assertThat(names(ui.store.load(twente()))).containsExactlyInAnyOrder("Laura", "Ahmed", "Hun persona");
        assertThat(document().isDirty()).isTrue();
        assertThat(ui.dialogs.errors).isEmpty();
    }

    @Test
    void reloadingShowsTheirVersion() throws Exception {
        mineThenTheirs();
        ui.dialogs.changedFileChoice = ChangedFileChoice.RELOAD;
        saveInTheWindow();

        waitUntil(() -> ui.personaNamesInList().contains("Hun persona"));
        assertThat(ui.personaNamesInList()).doesNotContain("Mijn persona");
        assertThat(names(ui.store.load(twente()))).containsExactlyInAnyOrder("Laura", "Ahmed", "Hun persona");
        assertThat(document().isDirty()).isFalse();
    }

    @Test
    void savingUnderAnotherNameLeavesTheirsAndWritesMine() throws Exception {
        mineThenTheirs();
        ui.dialogs.changedFileChoice = ChangedFileChoice.SAVE_AS;
        Path mine = folder.resolve("twente-mijn.pcanvas");
        ui.dialogs.filesToSave.add(mine);
        saveInTheWindow();

        waitUntil(() -> !document().isDirty());
        assertThat(names(ui.store.load(mine))).containsExactlyInAnyOrder("Laura", "Ahmed", "Mijn persona");
        assertThat(names(ui.store.load(twente()))).containsExactlyInAnyOrder("Laura", "Ahmed", "Hun persona");
        assertThat(document().file()).isEqualTo(mine);
        waitUntil(() -> Files.exists(WorkbookLock.lockFileOf(mine)) && !Files.exists(WorkbookLock.lockFileOf(twente())));
    }

    @Test
    void comingBackToTheWindowOffersTheirVersion() throws Exception {
        mineThenTheirs();
        ui.dialogs.changedFileChoice = ChangedFileChoice.RELOAD;
        WaitForAsyncUtils.asyncFx(() -> files().checkForChangesOnDisk()).get();

        waitUntil(() -> ui.personaNamesInList().contains("Hun persona"));
        assertThat(ui.dialogs.questions.get(0)).contains("gewijzigd terwijl je weg was");
    }

    @Test
    void aChangeAnsweredOnSaveIsNotAskedAgainWhenTheWindowComesBackOnlyALaterOne() throws Exception {
        mineThenTheirs();
        ui.dialogs.changedFileChoice = ChangedFileChoice.KEEP_MINE;
        saveInTheWindow();
        // Closing the question hands the keyboard back to the window, which then looks at the file again.
        WaitForAsyncUtils.asyncFx(() -> files().checkForChangesOnDisk()).get();
        waitUntil(() -> !files().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ui.dialogs.questions).hasSize(1);
        assertThat(ui.dialogs.questions.get(0)).contains("twente.pcanvas is op schijf gewijzigd");

        // The colleague saves once more: a change not yet asked about.
        ui.store.save(ui.store.load(twente()).withSchool("Later"), twente());
        WaitForAsyncUtils.asyncFx(() -> files().checkForChangesOnDisk()).get();
        waitUntil(() -> ui.dialogs.questions.size() == 2);
        assertThat(ui.dialogs.questions.get(1)).contains("gewijzigd terwijl je weg was");
    }

    @Test
    void aChangeAnsweredOnComingBackIsNotAskedAgainOnTheNextReturn() throws Exception {
        mineThenTheirs();
        ui.dialogs.changedFileChoice = ChangedFileChoice.KEEP_MINE;
        WaitForAsyncUtils.asyncFx(() -> files().checkForChangesOnDisk()).get();
        waitUntil(() -> ui.dialogs.questions.size() == 1 && !files().busyProperty().get());
        WaitForAsyncUtils.asyncFx(() -> files().checkForChangesOnDisk()).get();
        waitUntil(() -> !files().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(ui.dialogs.questions).hasSize(1);
    }

    @Test
    void aFileOpenInAnotherCopyOfTheAppSaysWhoHasItAndCanBeOpenedAsACopy() throws Exception {
        waitUntil(() -> ui.personaNamesInList().size() == 2);
        Path shared = folder.resolve("gedeeld.pcanvas");
        ui.store.save(ui.store.load(twente()).withSchool("Gedeeld"), shared);
        ProcessHandle other = ProcessHandle.current().parent().orElseThrow();
        WorkbookLock.Owner me = WorkbookLock.Owner.current(Clock.systemUTC());
        WorkbookLock.acquire(shared, new WorkbookLock.Owner("ans", me.machine(), other.pid(),
                other.info().startInstant().orElse(null), NOW));
        ui.dialogs.lockedFileChoice = LockedFileChoice.OPEN_COPY;

        WaitForAsyncUtils.asyncFx(() -> files().load(shared)).get();
        waitUntil(() -> "Gedeeld".equals(document().workbook().school()));

        assertThat(ui.dialogs.questions.get(0)).contains("gedeeld.pcanvas is geopend in Persona Canvas door ans");
        assertThat(document().file()).isNull();
        assertThat(document().isDirty()).isTrue();
        assertThat(Files.readString(WorkbookLock.lockFileOf(shared))).contains("user=ans");
    }

    @Test
    void theWindowsOwnLockIsNoWarningAndGoesWhenAnotherWorkbookOpens() throws Exception {
        waitUntil(() -> Files.exists(WorkbookLock.lockFileOf(twente())));
        assertThat(Files.readString(WorkbookLock.lockFileOf(twente()))).contains("user=" + System.getProperty("user.name"));
        WaitForAsyncUtils.asyncFx(() -> files().newWorkbook()).get();
        waitUntil(() -> !Files.exists(WorkbookLock.lockFileOf(twente())));
        assertThat(ui.dialogs.questions).isEmpty();
    }
}
