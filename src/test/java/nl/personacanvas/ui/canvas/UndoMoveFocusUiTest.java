package nl.personacanvas.ui.canvas;

import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import nl.personacanvas.model.Entry;
import nl.personacanvas.model.Quadrant;
import nl.personacanvas.ui.MainWindowUiTest;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Undoing or redoing a note's move keeps the keyboard on the note, wherever it goes back to: it stayed on the Add
 * button of the quadrant the note left (session 17), and what was typed next went nowhere.
 */
class UndoMoveFocusUiTest extends MainWindowUiTest {

    private List<String> ids(Quadrant q) {
        return persona("Laura").canvas().entries(q).stream().map(Entry::id).toList();
    }

    private Node focusOwner() {
        return robot.lookup("#canvas-view").query().getScene().getFocusOwner();
    }

    @Test
    void theKeyboardFollowsAMovedNoteThroughUndoAndRedo() {
        waitUntil(() -> ui.personaNamesInList().size() == 2);
        robot.clickOn("Laura");
        robot.clickOn(EntryNodes.part(robot, "e-l1", "entry-text")).push(KeyCode.ALT, KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ids(Quadrant.DESIGN)).doesNotContain("e-l1");
        Node moved = EntryNodes.part(robot, "e-l1", "entry-text");
        assertThat(focusOwner()).isSameAs(moved);

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ids(Quadrant.DESIGN)).contains("e-l1");
        assertThat(focusOwner()).as("after undo").isSameAs(EntryNodes.part(robot, "e-l1", "entry-text"));
        assertThat(robot.lookup(".quadrant-add").queryAll()).doesNotContain(focusOwner());

        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ids(Quadrant.DESIGN)).doesNotContain("e-l1");
        assertThat(focusOwner()).as("after redo").isSameAs(EntryNodes.part(robot, "e-l1", "entry-text"));

        robot.write("!");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(persona("Laura").canvas().find("e-l1").orElseThrow().text()).endsWith("!");
    }
}
