package nl.personacanvas.ui.main;

import static nl.personacanvas.ui.UiFixture.paste;
import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import nl.personacanvas.io.Limits;
import nl.personacanvas.io.WorkbookCodec;
import nl.personacanvas.io.WorkbookLock;
import nl.personacanvas.io.WorkbookStore;
import nl.personacanvas.model.Quadrant;
import nl.personacanvas.ui.MainWindowUiTest;
import org.junit.jupiter.api.Test;

/**
 * Session 19 (rob19): a paste of many lines, like a merge or the sort dialog's notes, can put more in a workbook than
 * the reader opens. The window says what is over as soon as the autosave after it finds it, the save is refused with
 * the same words and the file stays as it was; taking the paste back lets the workbook save and open again.
 */
class OverALimitUiTest extends MainWindowUiTest {

    @Test
    void aPasteOfMoreNotesThanAQuadrantHoldsIsSaidBeforeTheSaveWhichRefusesItAndUndoMakesItSaveable() throws Exception {
        waitUntil(() -> ui.personaNamesInList().size() == 2 && Files.exists(WorkbookLock.lockFileOf(twente())));
        byte[] before = Files.readAllBytes(twente());
        robot.clickOn("Laura");
        int had = persona("Laura").canvas().entries(Quadrant.ATTITUDE).size();
        robot.clickOn("#add-attitude");
        // A paste makes no more notes than the quadrant holds (session 24); one note more is added with Enter.
        paste(robot, IntStream.range(0, Limits.MAX_ENTRIES_PER_QUADRANT - had).mapToObj(i -> "Houding " + i)
                .collect(Collectors.joining("\n")));
        waitUntil(() -> persona("Laura").canvas().entries(Quadrant.ATTITUDE).size() == Limits.MAX_ENTRIES_PER_QUADRANT);
        robot.push(KeyCode.ENTER); // in the last note pasted, which has the keyboard
        waitUntil(() -> persona("Laura").canvas().entries(Quadrant.ATTITUDE).size() == Limits.MAX_ENTRIES_PER_QUADRANT + 1);

        robot.interact(() -> ui.window.autosaver().writeNow());
        waitUntil(() -> robot.lookup("#status-message").queryAs(Labeled.class).getText().contains("te veel"));

        String over = "Bij Laura staan te veel notities in Houding om op te slaan: 1.001, waar er hoogstens 1.000"
                + " passen. Haal er 1 weg en sla opnieuw op; zo opgeslagen zou het werkboek niet meer te openen zijn.";
        assertThat(robot.lookup("#status-message").queryAs(Labeled.class).getText())
                .isEqualTo("Let op: " + over + " Zolang dat zo is, wordt er ook geen herstelkopie bewaard.");

        robot.push(KeyCode.CONTROL, KeyCode.S);
        waitUntil(() -> !ui.dialogs.errors.isEmpty() && !ui.window.viewModel().files().busyProperty().get());
        assertThat(ui.dialogs.errors.get(0)).contains(over, "Je werk is niet verloren");
        DialogPane dialog = robot.lookup("#error-dialog").queryAs(DialogPane.class);
        robot.clickOn((Node) dialog.lookupButton(ButtonType.OK));
        assertThat(Files.readAllBytes(twente())).as("the file on disk").isEqualTo(before);
        assertThat(document().isDirty()).isTrue();

        robot.push(KeyCode.CONTROL, KeyCode.Z); // the note added by hand
        waitUntil(() -> persona("Laura").canvas().entries(Quadrant.ATTITUDE).size() == Limits.MAX_ENTRIES_PER_QUADRANT);
        robot.push(KeyCode.CONTROL, KeyCode.S);
        waitUntil(() -> !document().isDirty() && !ui.window.viewModel().files().busyProperty().get());
        assertThat(new WorkbookStore(new WorkbookCodec()).load(twente())).isEqualTo(document().workbook());
    }
}
