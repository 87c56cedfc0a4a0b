package nl.personacanvas.ui.main;

import nl.personacanvas.ui.Menus;
import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import nl.personacanvas.ui.BadWorkbookFiles;
import nl.personacanvas.ui.DialogService;
import nl.personacanvas.ui.MainWindowUiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;

/** Issue 2's window: opening a workbook through the menu, and a bad file that must not cost the user anything. */
class OpenWorkbookUiTest extends MainWindowUiTest {
    @Override
    protected List<String> startArguments() throws IOException {
        ui.copyFixture("broken.pcanvas");
        return super.startArguments();
    }

    @Test
    void opensAWorkbookThroughTheFileMenu() {
        waitUntil(() -> ui.personaNamesInList().size() == 2);
        Menus.choose(robot, "menu-file", "menu-file-new");
        waitUntil(() -> ui.personaNamesInList().isEmpty());

        ui.dialogs.filesToOpen.add(twente());
        Menus.choose(robot, "menu-file", "menu-file-open");

        waitUntil(() -> ui.personaNamesInList().size() == 2);
        assertThat(ui.personaNamesInList()).containsExactly("Laura", "Ahmed");
        assertThat(ui.window.viewModel().titleProperty().get()).startsWith("twente.pcanvas");
        assertThat(ui.dialogs.openTitles).containsExactly("Werkboek openen");
        assertThat(ui.settings.recentFiles()).containsExactly(twente().toAbsolutePath());
    }

    /**
     * "Opslaan als" starts beside the open workbook's file; for a workbook never saved, in the user's documents.
     * It started in the working folder (wherever the app was started from).
     */
    @Test
    void saveAsStartsInTheWorkbooksFolderOrTheUsersDocuments() throws IOException {
        waitUntil(() -> ui.personaNamesInList().size() == 2);
        ui.settings.setLastDirectory(java.nio.file.Files.createTempDirectory("elsewhere"));
        Menus.choose(robot, "menu-file", "menu-file-save-as");
        waitUntil(() -> ui.dialogs.saveFolders.size() == 1);
        assertThat(ui.dialogs.saveFolders.get(0)).contains(twente().toAbsolutePath().getParent());

        Menus.choose(robot, "menu-file", "menu-file-new");
        waitUntil(() -> ui.personaNamesInList().isEmpty());
        Menus.choose(robot, "menu-file", "menu-file-save-as");
        waitUntil(() -> ui.dialogs.saveFolders.size() == 2);
        assertThat(ui.dialogs.saveFolders.get(1)).contains(nl.personacanvas.ui.UserFolders.documents())
                .isNotEqualTo(java.util.Optional.of(Path.of("").toAbsolutePath()));
    }

    @Test
    void aBadFileShowsWhatIsWrongInDutchAndKeepsTheWorkbook() {
        waitUntil(() -> ui.personaNamesInList().size() == 2);
        ui.dialogs.filesToOpen.add(folder.resolve("broken.pcanvas"));
        Menus.choose(robot, "menu-file", "menu-file-open");

        waitUntil(() -> robot.lookup("#error-dialog").tryQuery().isPresent());
        DialogPane dialog = robot.lookup("#error-dialog").queryAs(DialogPane.class);
        String message = ((Label) dialog.lookup("#dialog-message")).getText();
        assertThat(message)
                .contains("broken.pcanvas kan niet worden geopend")
                .contains("Ongeldige JSON")
                .contains("(regel 6, kolom 5)");
        robot.clickOn((Node) dialog.lookupButton(ButtonType.OK));

        waitUntil(() -> robot.lookup("#error-dialog").tryQuery().isEmpty());
        assertThat(ui.personaNamesInList()).containsExactly("Laura", "Ahmed");
        assertThat(ui.window.viewModel().document().file()).isEqualTo(twente());
        assertThat(ui.window.viewModel().document().isDirty()).isFalse();
    }

    /** Each kind of file that cannot be opened, chosen through Bestand > Openen…: the window stays as it was. */
    @ParameterizedTest
    @EnumSource(BadWorkbookFiles.class)
    void aFileThatCannotBeOpenedLeavesTheWindowAsItWas(BadWorkbookFiles kind) throws Exception {
        waitUntil(() -> ui.personaNamesInList().size() == 2);
        robot.clickOn("Laura");
        waitUntil(() -> "Laura".equals(ui.window.canvas().nameProperty().get()));
        Path bad = kind.writeInto(ui);
        ui.dialogs.filesToOpen.add(bad);
        Menus.choose(robot, "menu-file", "menu-file-open");

        waitUntil(() -> robot.lookup("#error-dialog").tryQuery().isPresent());
        DialogPane dialog = robot.lookup("#error-dialog").queryAs(DialogPane.class);
        assertThat(((Label) dialog.lookup("#dialog-message")).getText()).contains(kind.dutchReason);
        robot.clickOn((Node) dialog.lookupButton(ButtonType.OK));

        waitUntil(() -> robot.lookup("#error-dialog").tryQuery().isEmpty());
        assertThat(ui.personaNamesInList()).containsExactly("Laura", "Ahmed");
        assertThat(robot.lookup("#canvas-name").queryAs(TextInputControl.class).getText()).isEqualTo("Laura");
        assertThat(document().file()).isEqualTo(twente());
        assertThat(document().isDirty()).isFalse();
        assertThat(ui.settings.recentFiles()).doesNotContain(bad);
    }

    @Test
    void unsavedChangesAreAskedAboutAndCancelKeepsEverything() {
        waitUntil(() -> ui.personaNamesInList().size() == 2);
        robot.clickOn("#persona-new");
        ui.dialogs.saveChoice = DialogService.SaveChoice.CANCEL;

        Menus.choose(robot, "menu-file", "menu-file-new");

        assertThat(ui.dialogs.questions).containsExactly("Het werkboek heeft wijzigingen die nog niet zijn opgeslagen.");
        assertThat(ui.personaNamesInList()).hasSize(3);
        assertThat(ui.window.viewModel().titleProperty().get()).startsWith("• twente.pcanvas");

        ui.dialogs.saveChoice = DialogService.SaveChoice.DISCARD;
        Menus.choose(robot, "menu-file", "menu-file-new");
        waitUntil(() -> ui.personaNamesInList().isEmpty());
    }

    @Test
    void exitRemembersTheWindowAndLeavesNoRecoveryCopy() throws Exception {
        waitUntil(() -> ui.personaNamesInList().size() == 2);
        Menus.choose(robot, "menu-file", "menu-file-exit");

        waitUntil(() -> ui.settings.windowBounds().isPresent());
        assertThat(ui.settings.windowBounds().get().width()).isPositive();
        assertThat(ui.recovery.find()).isEmpty();
    }

    @Test
    void theErrorIsInEnglishWhenTheUiIsEnglish() {
        waitUntil(() -> ui.personaNamesInList().size() == 2);
        chooseLanguage(robot, "en");
        ui.dialogs.filesToOpen.add(folder.resolve("broken.pcanvas"));
        Menus.choose(robot, "menu-file", "menu-file-open");

        waitUntil(() -> !ui.dialogs.errors.isEmpty());
        assertThat(ui.dialogs.errors.get(0))
                .contains("broken.pcanvas cannot be opened")
                .contains("Invalid JSON")
                .contains("(line 6, column 5)");
        robot.clickOn((Node) robot.lookup("#error-dialog").queryAs(DialogPane.class).lookupButton(ButtonType.OK));
        assertThat(ui.settings.language()).isEqualTo(Locale.ENGLISH);
        assertThat(ui.personaNamesInList()).containsExactly("Laura", "Ahmed");
    }

    /** Beeld > Taal > English (or View > Language > Nederlands) with the mouse, as a user chooses it. */
    private static void chooseLanguage(FxRobot robot, String language) {
        Menus.choose(robot, "menu-view", "menu-view-language", "menu-view-language-" + language);
    }
}
