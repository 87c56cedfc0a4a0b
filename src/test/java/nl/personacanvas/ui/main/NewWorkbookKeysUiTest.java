package nl.personacanvas.ui.main;

import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Workbook;
import nl.personacanvas.ui.MainWindowUiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A new workbook made with the keyboard alone: Ctrl+N, and with unsaved changes the window's real question, answered
 * with the arrow keys or Tab and Enter, which answers with the focused button (not the default one). Asserts on the
 * workbook the window then holds and on the file on disk.
 */
class NewWorkbookKeysUiTest extends MainWindowUiTest {
    @BeforeEach
    void realQuestion() {
        ui.dialogs.askToSaveForReal = true;
        waitUntil(() -> ui.personaNamesInList().size() == 2);
    }

    @Test
    void ctrlNOnASavedWorkbookMakesANewEmptyUnsavedOne() throws Exception {
        byte[] before = Files.readAllBytes(twente());

        press(KeyCode.SHORTCUT, KeyCode.N).release(KeyCode.N, KeyCode.SHORTCUT);

        waitUntil(() -> ui.personaNamesInList().isEmpty());
        assertThat(document().workbook()).isEqualTo(Workbook.empty());
        assertThat(document().file()).isNull();
        assertThat(document().isDirty()).isFalse();
        assertThat(ui.dialogs.questions).as("nothing to ask").isEmpty();
        assertThat(Files.readAllBytes(twente())).isEqualTo(before);
    }

    /**
     * A new workbook's first field is its school, marked as required; the keyboard goes there, so the school's name
     * is typed straight after Ctrl+N. It stayed on the persona list, where the name typed went nowhere (session 21).
     */
    @Test
    void theSchoolsNameIsTypedRightAfterCtrlN() {
        press(KeyCode.SHORTCUT, KeyCode.N).release(KeyCode.N, KeyCode.SHORTCUT);
        waitUntil(() -> ui.personaNamesInList().isEmpty());
        write("ROC Oost");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(document().workbook().school()).isEqualTo("ROC Oost");
    }

    /** The same after the question about unsaved changes, answered Niet opslaan. */
    @Test
    void theSchoolsNameIsTypedRightAfterNietOpslaan() {
        newPersonaByKeys();
        press(KeyCode.SHORTCUT, KeyCode.N).release(KeyCode.N, KeyCode.SHORTCUT);
        waitUntil(() -> lookup("#save-changes-dialog").tryQuery().isPresent());
        type(KeyCode.LEFT);
        type(KeyCode.ENTER);
        waitUntil(() -> ui.personaNamesInList().isEmpty());
        write("ROC Oost");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(document().workbook().school()).isEqualTo("ROC Oost");
    }

    @Test
    void withUnsavedChangesTheArrowToNietOpslaanAndEnterMakeANewWorkbookAndLeaveTheFileAsItWas() throws Exception {
        byte[] before = Files.readAllBytes(twente());
        newPersonaByKeys();

        press(KeyCode.SHORTCUT, KeyCode.N).release(KeyCode.N, KeyCode.SHORTCUT);
        waitUntil(() -> lookup("#save-changes-dialog").tryQuery().isPresent());
        assertThat(focusedAnswer()).as("the default answer has the focus").isEqualTo("Opslaan");
        type(KeyCode.LEFT);
        assertThat(focusedAnswer()).isEqualTo("Niet opslaan");
        type(KeyCode.ENTER);

        waitUntil(() -> ui.personaNamesInList().isEmpty());
        assertThat(document().workbook()).isEqualTo(Workbook.empty());
        assertThat(document().isDirty()).isFalse();
        assertThat(Files.readAllBytes(twente())).as("not saved").isEqualTo(before);
    }

    @Test
    void withUnsavedChangesTabToAnnulerenAndEnterKeepsTheWorkbookAndItsChanges() throws Exception {
        newPersonaByKeys();
        Workbook changed = document().workbook();

        press(KeyCode.SHORTCUT, KeyCode.N).release(KeyCode.N, KeyCode.SHORTCUT);
        waitUntil(() -> lookup("#save-changes-dialog").tryQuery().isPresent());
        type(KeyCode.TAB);
        assertThat(focusedAnswer()).isEqualTo("Annuleren");
        type(KeyCode.ENTER);

        waitUntil(() -> lookup("#save-changes-dialog").tryQuery().isEmpty());
        assertThat(document().workbook()).isEqualTo(changed);
        assertThat(document().isDirty()).isTrue();
    }

    @Test
    void withUnsavedChangesEnterSavesThemAndThenMakesANewWorkbook() throws Exception {
        newPersonaByKeys();
        Workbook changed = document().workbook();

        press(KeyCode.SHORTCUT, KeyCode.N).release(KeyCode.N, KeyCode.SHORTCUT);
        waitUntil(() -> lookup("#save-changes-dialog").tryQuery().isPresent());
        type(KeyCode.ENTER);

        waitUntil(() -> ui.personaNamesInList().isEmpty());
        assertThat(document().workbook()).isEqualTo(Workbook.empty());
        assertThat(document().file()).isNull();
        assertThat(ui.store.load(twente()).personas()).extracting(Persona::id)
                .containsExactlyElementsOf(changed.personas().stream().map(Persona::id).toList());
    }

    /** A third persona, by Ctrl+Shift+N: the workbook has unsaved changes. */
    private void newPersonaByKeys() {
        press(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.N).release(KeyCode.N, KeyCode.SHIFT, KeyCode.SHORTCUT);
        waitUntil(() -> ui.personaNamesInList().size() == 3 && document().isDirty());
    }

    /** The text of the answer that has the keyboard's focus, without its mnemonic's mark. */
    private String focusedAnswer() {
        Node focused = lookup("#save-changes-dialog").query().getScene().getFocusOwner();
        return focused instanceof Button b ? b.getText().replace("_", "") : String.valueOf(focused);
    }
}
