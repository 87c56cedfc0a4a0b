package nl.personacanvas.ui.canvas;

import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import nl.personacanvas.model.Entry;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Quadrant;
import nl.personacanvas.model.Workbook;
import nl.personacanvas.ui.MainWindowUiTest;
import nl.personacanvas.ui.TypedText;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 3's main flow through the real window: create a persona, type in all four quadrants, move an
 * entry by drag and by keyboard, undo to the start and redo to the end, save, and read the file back.
 */
class EditorFlowUiTest extends MainWindowUiTest {
    private Persona persona(Workbook wb, String name) {
        return wb.personas().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    private static List<String> texts(Persona p, Quadrant q) {
        return p.canvas().entries(q).stream().map(Entry::text).toList();
    }

    private Node gripOf(FxRobot robot, String text) {
        Persona p = persona(document().workbook(), "Sanne");
        String id = p.canvas().allEntries().filter(e -> e.text().equals(text)).findFirst().orElseThrow().id();
        return EntryNodes.part(robot, id, "entry-grip");
    }

    private Node textOf(FxRobot robot, String text) {
        Persona p = persona(document().workbook(), "Sanne");
        String id = p.canvas().allEntries().filter(e -> e.text().equals(text)).findFirst().orElseThrow().id();
        return EntryNodes.part(robot, id, "entry-text");
    }

    @Test
    void createTypeMoveUndoRedoSaveAndReopen() throws Exception {
        waitUntil(() -> ui.personaNamesInList().size() == 2);
        Workbook start = document().workbook();

        robot.clickOn("#persona-new");
        TypedText.write(robot, "Sanne");
        robot.clickOn("#canvas-role");
        TypedText.write(robot, "organiseert een uitwisseling");

        robot.clickOn("#add-design");
        TypedText.write(robot, "Ontwerpt opdrachten").push(KeyCode.ENTER);
        TypedText.write(robot, "Leeruitkomsten");
        robot.clickOn("#add-deliver");
        TypedText.write(robot, "Begeleidt de groep");
        robot.clickOn("#add-organise");
        TypedText.write(robot, "Plant de reis").push(KeyCode.ENTER);
        TypedText.write(robot, "Vraagt subsidie aan");
        robot.clickOn("#add-attitude");
        TypedText.write(robot, "Ondernemend");
        WaitForAsyncUtils.waitForFxEvents();

        Persona typed = persona(document().workbook(), "Sanne");
        assertThat(typed.role()).isEqualTo("organiseert een uitwisseling");
        assertThat(texts(typed, Quadrant.DESIGN)).containsExactly("Ontwerpt opdrachten", "Leeruitkomsten");
        assertThat(texts(typed, Quadrant.DELIVER)).containsExactly("Begeleidt de groep");
        assertThat(texts(typed, Quadrant.ORGANISE)).containsExactly("Plant de reis", "Vraagt subsidie aan");
        assertThat(texts(typed, Quadrant.ATTITUDE)).containsExactly("Ondernemend");

        // By drag: "Plant de reis" from Organiseren & Communiceren to the end of Ontwerpen & Ontwikkelen.
        robot.drag(gripOf(robot, "Plant de reis")).dropTo("#add-design");
        WaitForAsyncUtils.waitForFxEvents();
        Persona dragged = persona(document().workbook(), "Sanne");
        assertThat(texts(dragged, Quadrant.DESIGN)).containsExactly("Ontwerpt opdrachten", "Leeruitkomsten", "Plant de reis");
        assertThat(texts(dragged, Quadrant.ORGANISE)).containsExactly("Vraagt subsidie aan");

        // By keyboard: Alt+Up moves "Vraagt subsidie aan" to the quadrant above.
        robot.clickOn(textOf(robot, "Vraagt subsidie aan")).push(KeyCode.ALT, KeyCode.UP);
        WaitForAsyncUtils.waitForFxEvents();
        Workbook end = document().workbook();
        Persona moved = persona(end, "Sanne");
        assertThat(texts(moved, Quadrant.DESIGN))
                .containsExactly("Ontwerpt opdrachten", "Leeruitkomsten", "Plant de reis", "Vraagt subsidie aan");
        assertThat(texts(moved, Quadrant.ORGANISE)).isEmpty();

        int steps = 0;
        while (document().canUndoProperty().get()) {
            robot.push(KeyCode.CONTROL, KeyCode.Z);
            WaitForAsyncUtils.waitForFxEvents();
            steps++;
        }
        assertThat(document().workbook()).isEqualTo(start);
        assertThat(document().isDirty()).isFalse();
        assertThat(steps).isBetween(10, 20);
        for (int i = 0; i < steps; i++) {
            robot.push(KeyCode.CONTROL, KeyCode.Y);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(document().workbook()).isEqualTo(end);

        robot.push(KeyCode.CONTROL, KeyCode.S);
        waitUntil(() -> !document().isDirty());

        Workbook reopened = ui.store.load(twente());
        assertThat(reopened).isEqualTo(end);
        Persona saved = persona(reopened, "Sanne");
        assertThat(saved.activityId()).isEqualTo("k-stage");
        assertThat(texts(saved, Quadrant.DESIGN))
                .containsExactly("Ontwerpt opdrachten", "Leeruitkomsten", "Plant de reis", "Vraagt subsidie aan");
        assertThat(texts(saved, Quadrant.DELIVER)).containsExactly("Begeleidt de groep");
        assertThat(texts(saved, Quadrant.ATTITUDE)).containsExactly("Ondernemend");
    }
}
