package nl.personacanvas.ui.document;

import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Workbook;
import nl.personacanvas.ui.MainWindowUiTest;
import nl.personacanvas.ui.TestWorkbooks;
import org.junit.jupiter.api.Test;
import nl.personacanvas.ui.UiFixture;

/** Never lose work: what autosave kept after a crash is offered at the next start and can be saved. */
class RestoreUiTest extends MainWindowUiTest {
    @Test
    void workLeftInTheRecoveryFileIsOfferedRestoredAndSaved() throws Exception {
        waitUntil(() -> ui.personaNamesInList().size() == 2);
        robot.clickOn("#persona-new");
        robot.doubleClickOn("#canvas-name").push(KeyCode.CONTROL, KeyCode.A).write("Hanna");
        robot.clickOn("#add-attitude").write("Veerkrachtig");
        robot.interact(() -> ui.window.autosaver().writeNow());
        waitUntil(() -> ui.recovery.find().isPresent());
        Workbook unsaved = document().workbook();

        // The crash: the first window never closes cleanly. The next start finds the copy.
        ui.dialogs.confirmAnswer = true;
        robot.interact(() -> ui.start(new Stage(), List.of(twente().toString())));

        waitUntil(() -> document().workbook().equals(unsaved));
        assertThat(ui.dialogs.questions).last().asString()
                .contains("twente.pcanvas")
                .contains("3 persona's met samen 9 notities");
        assertThat(document().isDirty()).isTrue();
        assertThat(document().file()).isEqualTo(twente().toAbsolutePath());
        assertThat(ui.window.viewModel().titleProperty().get()).startsWith("• twente.pcanvas");
        // Back on the persona being written, not on the workbook page.
        waitUntil(() -> hannaId(unsaved).equals(ui.window.viewModel().personas().selectedPersonaIdProperty().get()));
        waitUntil(() -> robot.lookup("#canvas-name").tryQuery().map(n -> n.isVisible()).orElse(false));

        robot.interact(() -> ui.window.viewModel().files().save(() -> { }));
        waitUntil(() -> !document().isDirty());
        Persona hanna = ui.store.load(twente()).personas().stream()
                .filter(p -> p.name().equals("Hanna")).findFirst().orElseThrow();
        assertThat(hanna.canvas().allEntries()).extracting(e -> e.text()).containsExactly("Veerkrachtig");
        waitUntil(() -> ui.recovery.find().isEmpty());
    }

    private static String hannaId(Workbook workbook) {
        return workbook.personas().stream().filter(p -> p.name().equals("Hanna")).findFirst().orElseThrow().id();
    }

    @Test
    void savingRestoredWorkNoticesThatTheFileChangedMeanwhile() throws Exception {
        waitUntil(() -> ui.personaNamesInList().size() == 2);
        robot.interact(() -> document().apply("rename", null, wb -> wb.withSchool("Mijn versie")));
        robot.interact(() -> ui.window.autosaver().writeNow());
        waitUntil(() -> ui.recovery.find().isPresent());
        assertThat(ui.recovery.find().orElseThrow().sourceFingerprint()).isNotNull();
        // While the app is down, a colleague saves the same file.
        ui.store.save(ui.store.load(twente()).withSchool("Collega"), twente());

        ui.dialogs.confirmAnswer = true;
        robot.interact(() -> ui.start(new Stage(), List.of(twente().toString())));
        waitUntil(() -> "Mijn versie".equals(document().workbook().school()));
        int asked = ui.dialogs.questions.size();
        robot.interact(() -> ui.window.viewModel().files().save(() -> { }));

        waitUntil(() -> ui.dialogs.questions.size() > asked);
        assertThat(ui.dialogs.questions).last().asString().contains("twente.pcanvas");
        assertThat(ui.store.load(twente()).school()).isEqualTo("Collega");
        assertThat(document().isDirty()).isTrue();
    }

    /**
     * Work restored from a workbook never saved as a file: the status bar holds the restore message, the check
     * summary and "Nog niet opgeslagen als bestand" (the state's own part is left out without a file). The last part stays whole at the window's default
     * size; it read "Nog niet o…ls bestand". The check summary, with its tooltip, gives way instead.
     */
    @Test
    void afterRestoringUnsavedWorkTheStatusBarsLastPartIsWhole() throws Exception {
        waitUntil(() -> ui.personaNamesInList().size() == 2);
        ui.recovery.write(TestWorkbooks.twoPersonas().withSchool("Nooit opgeslagen"), null, null, TestWorkbooks.T0);
        ui.dialogs.confirmAnswer = true;

        robot.interact(() -> ui.start(new Stage(), List.of()));

        waitUntil(() -> "Nooit opgeslagen".equals(document().workbook().school()) && document().file() == null);
        // The restarted window's own bar: the first window is still open behind it.
        waitUntil(() -> !statusItem("#status-check").getText().isEmpty());
        UiFixture.waitForLayout();
        Label file = statusItem("#status-file");
        assertThat(file.getText()).isEqualTo("Nog niet opgeslagen als bestand");
        assertThat(shown(file)).isEqualTo(file.getText());
        // The restored changes are named by the file part's tooltip, not by a second part saying nearly the same
        // (ux27b).
        assertThat(statusItem("#status-saved").isVisible()).isFalse();
        assertThat(file.getAccessibleText())
                .isEqualTo("Bestand: Nog niet opgeslagen als bestand; de wijzigingen staan alleen in dit venster");
    }

    /**
     * Right after a restore the bar holds its longest texts: the restore message, the check, "Niet-opgeslagen
     * wijzigingen" and "Nog niet opgeslagen als bestand" (or the file's path). At the app's window on this screen
     * (92 % of 1280) and at 1280 wide, in Dutch and in English, the check, the count, the saved state and the file
     * (its name, at least) are drawn whole, and the message keeps a readable part. The check was cut at any width,
     * being a whole sentence; a path was cut to "...". Where its sentence has no room the check shows its figures
     * alone, whole.
     */
    @Test
    void afterARestoreTheStatusBarShowsItsPartsWholeAtTheUsualWidthsInBothLanguages() throws Exception {
        restoreAndLookAtTheBar(null);
    }

    @Test
    void afterARestoreOfAFileTheStatusBarShowsTheFilesNameWhole() throws Exception {
        restoreAndLookAtTheBar(twente());
    }

    private void restoreAndLookAtTheBar(java.nio.file.Path source) throws Exception {
        waitUntil(() -> ui.personaNamesInList().size() == 2);
        ui.recovery.write(TestWorkbooks.twoPersonas().withSchool("Nooit opgeslagen"), source, null, TestWorkbooks.T0);
        ui.dialogs.confirmAnswer = true;
        // The restarted window opens 1280 wide and is only made narrower: a shown window made wider makes Monocle's
        // painter copy the larger frame into the old, smaller buffer (BufferOverflowException in the log).
        ui.settings.setWindowBounds(new nl.personacanvas.ui.WindowBounds(0, 32, 1280, 736, false));
        robot.interact(() -> ui.window.view().getScene().getWindow().hide());
        robot.interact(() -> ui.start(new Stage(), List.of()));
        waitUntil(() -> "Nooit opgeslagen".equals(document().workbook().school()));

        List<String> languages = new java.util.ArrayList<>(List.of("nl", "en"));
        for (double width : List.of(1280.0, 1280 * 0.92)) {
            Stage stage = (Stage) ui.window.view().getScene().getWindow();
            robot.interact(() -> stage.setWidth(width));
            for (String language : languages) {
                robot.interact(() -> ui.window.switchLanguage(java.util.Locale.forLanguageTag(language)));
                waitUntil(() -> !statusItem("#status-check").getText().isEmpty());
                UiFixture.waitForLayout();
                String where = " at " + width + " in " + language;
                Label message = statusItem("#status-message");
                // With the restore's message shown the bar has no room for every part whole at these widths: the
                // check summary gives way (its whole sentence is the tooltip). This test once asked it whole here,
                // and it was, with the file part pushed past the bar's right edge (at 1417 px in a 1280 px bar,
                // session 21): the label's text was whole but off the window, "Nog niet o…" on a 1366 screen.
                Label check = statusItem("#status-check");
                boolean figuresOnly = check.getText().matches(language.equals("nl")
                        ? "\\d+/\\d+ elementen · .*" : "\\d+/\\d+ elements · .*");
                if (figuresOnly) {
                    // Where the sentence has no room the bar shows the figures alone, whole (session 24, ux24).
                    assertThat(shown(check)).as("#status-check, its figures" + where).isEqualTo(check.getText());
                } else if (message.getText().isEmpty()) {
                    assertThat(shown(check)).as("#status-check" + where).isEqualTo(check.getText());
                } else {
                    assertThat(check.getText()).as("#status-check, whole or cut at its end" + where)
                            .startsWith(shown(check).replaceFirst("\\.\\.\\.$", ""));
                    assertThat(check.getWidth()).as("the check summary's room" + where).isGreaterThan(100);
                }
                for (String id : List.of("#status-personas", "#status-saved")) {
                    Label part = statusItem(id);
                    assertThat(shown(part)).as(id + where).isEqualTo(part.getText());
                }
                Label file = statusItem("#status-file");
                javafx.scene.layout.Region bar = (javafx.scene.layout.Region) ui.window.view().lookup("#status-bar");
                assertThat(bar.sceneToLocal(file.localToScene(file.getLayoutBounds())).getMaxX())
                        .as("the file part's right edge within the bar" + where)
                        .isLessThanOrEqualTo(bar.getWidth() - bar.snappedRightInset() + 0.5);
                if (source == null) {
                    assertThat(shown(file)).as("the file part" + where).isEqualTo(file.getText());
                } else {
                    assertThat(shown(file)).as("the file part" + where).endsWith(source.getFileName().toString());
                }
                if (!figuresOnly) {
                    assertThat(check.getText()).as("the check in short")
                            .matches(language.equals("nl") ? "\\d+ van \\d+ elementen, .*" : "\\d+ of \\d+ elements, .*");
                }
                // The restore's message (the language switch empties it: it was about something past).
                if (!message.getText().isEmpty()) {
                    assertThat(message.getWidth()).as("the message's room" + where).isGreaterThan(250);
                }
            }
            java.util.Collections.reverse(languages);
        }
    }

    private Label statusItem(String id) {
        return (Label) ui.window.view().lookup(id);
    }

    /** The text the label draws, cut off or not. */
    private static String shown(Label label) {
        return label.lookupAll(".text").stream().filter(Text.class::isInstance).map(n -> ((Text) n).getText())
                .findFirst().orElse("");
    }

    @Test
    void decliningTheOfferOpensTheFileAndDropsTheCopy() throws Exception {
        waitUntil(() -> ui.personaNamesInList().size() == 2);
        ui.recovery.write(TestWorkbooks.twoPersonas().withSchool("Verloren"), null, null, TestWorkbooks.T0);
        ui.dialogs.confirmAnswer = false;

        robot.interact(() -> ui.start(new Stage(), List.of(twente().toString())));

        waitUntil(() -> ui.dialogs.questions.size() == 1 && document().file() != null);
        assertThat(ui.dialogs.questions.get(0)).contains("Verloren").contains("2 persona's met samen 5 notities");
        assertThat(document().workbook().school()).isEqualTo("Testcollege Oost");
        waitUntil(() -> ui.recovery.find().isEmpty());
    }
}
