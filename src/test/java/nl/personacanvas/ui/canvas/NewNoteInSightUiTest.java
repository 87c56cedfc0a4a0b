package nl.personacanvas.ui.canvas;

import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import nl.personacanvas.model.Entry;
import nl.personacanvas.model.Quadrant;
import nl.personacanvas.ui.MainWindowUiTest;
import nl.personacanvas.ui.TypedText;
import org.junit.jupiter.api.Test;
import nl.personacanvas.ui.UiFixture;

/**
 * A panel member fills a quadrant by typing a note and Enter, again and again. Each Enter makes the next note below
 * the last and puts the caret in it; once the quadrant reached below the canvas's view the new note stayed out of
 * sight and the words went into a note nobody saw (session 21, the walk at 1366 x 768). The canvas now scrolls to
 * the note the caret goes into.
 */
class NewNoteInSightUiTest extends MainWindowUiTest {

    @Test
    void eachNoteMadeWithEnterIsInSightWhileItIsTypedIn() {
        waitUntil(() -> ui.personaNamesInList().size() == 2);
        robot.clickOn("Laura");
        robot.clickOn(EntryNodes.part(robot, "e-l1", "entry-text")).push(KeyCode.END);
        ScrollPane canvas = robot.lookup(".canvas-scroll").queryAs(ScrollPane.class);
        for (int i = 1; i <= 14; i++) {
            robot.push(KeyCode.ENTER);
            TypedText.write(robot, "Notitie " + i);
            UiFixture.waitForLayout();
            Node typedIn = canvas.getScene().getFocusOwner();
            Bounds note = typedIn.localToScene(typedIn.getBoundsInLocal());
            Node viewport = canvas.lookup(".viewport");
            Bounds view = viewport.localToScene(viewport.getBoundsInLocal());
            assertThat(note.getMaxY()).as("the bottom of note %d, typed in, within the view (%s)", i, view)
                    .isLessThanOrEqualTo(view.getMaxY() + 1);
            assertThat(note.getMinY()).as("its top").isGreaterThanOrEqualTo(view.getMinY() - 1);
        }
        List<String> design = ui.window.viewModel().document().workbook().persona("p-laura").orElseThrow()
                .canvas().entries(Quadrant.DESIGN).stream().map(Entry::text).toList();
        assertThat(design).hasSize(15).last().isEqualTo("Notitie 14");
    }
}
