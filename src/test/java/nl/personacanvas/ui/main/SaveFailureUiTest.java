package nl.personacanvas.ui.main;

import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import nl.personacanvas.io.WorkbookLock;
import nl.personacanvas.ui.MainWindowUiTest;
import nl.personacanvas.ui.TypedText;
import org.junit.jupiter.api.Test;

/**
 * Session 18 (rob18): a save that cannot be done says why in the user's words and keeps what they typed. It used to
 * show the operating system's English message about a hidden temporary file ({@code .twente.pcanvas8127….bak.tmp:
 * Is a directory}).
 */
class SaveFailureUiTest extends MainWindowUiTest {

    @Test
    void aFileReplacedByAFolderIsExplainedInDutchAndTheTypedRoleStaysUnsaved() throws Exception {
        waitUntil(() -> ui.personaNamesInList().size() == 2 && Files.exists(WorkbookLock.lockFileOf(twente())));
        robot.clickOn("Laura");
        robot.clickOn("#canvas-role").push(KeyCode.END);
        TypedText.write(robot, " in Duitsland");
        waitUntil(() -> persona("Laura").role().endsWith(" in Duitsland"));
        // A sync tool puts a folder where the workbook was.
        Files.delete(twente());
        Files.createDirectory(twente());

        robot.push(KeyCode.CONTROL, KeyCode.S);
        waitUntil(() -> !ui.dialogs.errors.isEmpty() && !ui.window.viewModel().files().busyProperty().get());

        assertThat(ui.dialogs.errors.get(0))
                .startsWith("Het werkboek kan niet worden opgeslagen als twente.pcanvas.")
                .contains("staat een map met de naam twente.pcanvas", "Je werk is niet verloren")
                .doesNotContain(".tmp", "Is a directory");
        DialogPane dialog = robot.lookup("#error-dialog").queryAs(DialogPane.class);
        assertThat(((javafx.scene.control.Labeled) dialog.getContent()).getText()).isEqualTo(ui.dialogs.errors.get(0));
        robot.clickOn((Node) dialog.lookupButton(ButtonType.OK));
        assertThat(document().isDirty()).isTrue();
        assertThat(robot.lookup("#canvas-role").queryAs(TextInputControl.class).getText()).endsWith(" in Duitsland");
        assertThat(Files.isDirectory(twente())).isTrue();
    }

    /**
     * A sync tool cuts the open workbook to 0 bytes. Saving used to ask "reload theirs / merge both / save as / keep
     * mine": reload and merge failed with "Het bestand is leeg", and the work could only go under another name.
     */
    @Test
    void aFileEmptiedOnDiskIsSavedOverAfterOneQuestion() throws Exception {
        waitUntil(() -> ui.personaNamesInList().size() == 2 && Files.exists(WorkbookLock.lockFileOf(twente())));
        robot.clickOn("Laura");
        robot.clickOn("#canvas-role").push(KeyCode.END);
        TypedText.write(robot, " in Duitsland");
        waitUntil(() -> persona("Laura").role().endsWith(" in Duitsland"));
        Files.write(twente(), new byte[0]);
        ui.dialogs.confirmAnswer = true;

        robot.push(KeyCode.CONTROL, KeyCode.S);
        waitUntil(() -> !ui.dialogs.questions.isEmpty() && !document().isDirty());

        assertThat(ui.dialogs.questions).containsExactly("twente.pcanvas is leeggemaakt nadat je het opende (0 bytes),"
                + " bijvoorbeeld door een synchronisatieprogramma. Er staat geen werkboek meer in."
                + " Je werkboek daar opnieuw opslaan?");
        assertThat(ui.store.load(twente()).persona("p-laura").orElseThrow().role()).endsWith(" in Duitsland");
        assertThat(ui.dialogs.errors).isEmpty();
    }

    /**
     * Session 26 (rob26): a workbook marked read-only (no write permission for anyone) was saved over without a word:
     * the save renames a new file over it, which the folder allows, and an administrator's account may write anything.
     * Now the save says so in Dutch; the file, its marks and the typed role stay as they were.
     */
    @Test
    void aWorkbookMarkedReadOnlyIsNotSavedOverAndTheTypedRoleStaysUnsaved() throws Exception {
        waitUntil(() -> ui.personaNamesInList().size() == 2 && Files.exists(WorkbookLock.lockFileOf(twente())));
        robot.clickOn("Laura");
        robot.clickOn("#canvas-role").push(KeyCode.END);
        TypedText.write(robot, " in Duitsland");
        waitUntil(() -> persona("Laura").role().endsWith(" in Duitsland"));
        byte[] before = Files.readAllBytes(twente());
        java.util.Set<java.nio.file.attribute.PosixFilePermission> readOnly =
                java.nio.file.attribute.PosixFilePermissions.fromString("r--r--r--");
        Files.setPosixFilePermissions(twente(), readOnly);

        robot.push(KeyCode.CONTROL, KeyCode.S);
        waitUntil(() -> !ui.dialogs.errors.isEmpty() && !ui.window.viewModel().files().busyProperty().get());

        assertThat(ui.dialogs.errors.get(0))
                .startsWith("Het werkboek kan niet worden opgeslagen als twente.pcanvas.")
                .contains("het bestand twente.pcanvas is alleen-lezen", "Je werk is niet verloren")
                .doesNotContain(".tmp");
        robot.clickOn((Node) robot.lookup("#error-dialog").queryAs(DialogPane.class).lookupButton(ButtonType.OK));
        assertThat(document().isDirty()).isTrue();
        assertThat(robot.lookup("#canvas-role").queryAs(TextInputControl.class).getText()).endsWith(" in Duitsland");
        assertThat(Files.readAllBytes(twente())).as("the file as it was").isEqualTo(before);
        assertThat(Files.getPosixFilePermissions(twente())).isEqualTo(readOnly);
        // Made writable again, the same Ctrl+S saves.
        Files.setPosixFilePermissions(twente(), java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        robot.clickOn("#canvas-role").push(KeyCode.CONTROL, KeyCode.S);
        waitUntil(() -> !document().isDirty());
        assertThat(ui.store.load(twente()).persona("p-laura").orElseThrow().role()).endsWith(" in Duitsland");
    }
}
