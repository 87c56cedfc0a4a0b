package nl.personacanvas.ui.canvas;

import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import nl.personacanvas.model.Canvas;
import nl.personacanvas.model.Entry;
import nl.personacanvas.model.Quadrant;
import nl.personacanvas.ui.MainWindowUiTest;
import org.junit.jupiter.api.Test;
import nl.personacanvas.ui.UiFixture;

/**
 * Session 18: a coordinator checking one persona after another scrolled down to the first one's Houding, then opened
 * the next from the list: it opened at the same scroll offset, in the middle of its quadrants, its name, role and
 * headline out of sight. Another persona now opens at its top.
 */
class PersonaSwitchScrollUiTest extends MainWindowUiTest {

    @Test
    void anotherPersonaOpensAtItsTopAfterTheFirstWasScrolledDown() {
        waitUntil(() -> document().workbook().personas().size() == 2);
        robot.interact(() -> document().apply("test", null, wb -> wb.updatePersona("p-laura", p -> {
            Canvas c = p.canvas();
            for (int i = 0; i < 12; i++) {
                c = c.insert(Quadrant.DELIVER, 0, new Entry("e-fill" + i, "Begeleidt groep " + i + " op afstand",
                        List.of(), ""));
            }
            return p.withCanvas(c);
        })));
        openFromList("Laura");
        ScrollPane canvas = robot.lookup("#canvas-view").queryAs(ScrollPane.class);
        robot.interact(() -> canvas.setVvalue(canvas.getVmax()));
        UiFixture.waitForLayout();
        Node lauraName = robot.lookup("#canvas-name").query();
        assertThat(inSight(canvas, lauraName)).as("Laura's name after scrolling down to Houding").isFalse();

        openFromList("Ahmed");
        waitUntil(() -> "Ahmed".equals(robot.lookup("#canvas-name").queryAs(TextInputControl.class).getText()));
        UiFixture.waitForLayout();

        assertThat(canvas.getVvalue()).as("the canvas's scroll offset for the persona opened next")
                .isEqualTo(canvas.getVmin());
        assertThat(inSight(canvas, robot.lookup("#canvas-name").query())).as("Ahmed's name in sight").isTrue();
    }

    private void openFromList(String name) {
        robot.clickOn(robot.lookup("#persona-tree .persona-name")
                .match((Labeled l) -> name.equals(l.getText())).queryAs(Node.class));
        waitUntil(() -> name.equals(robot.lookup("#canvas-name").tryQuery()
                .map(n -> ((TextInputControl) n).getText()).orElse("")));
        UiFixture.waitForLayout();
    }

    private static boolean inSight(ScrollPane pane, Node node) {
        Bounds view = pane.localToScene(pane.getLayoutBounds());
        Bounds shown = node.localToScene(node.getLayoutBounds());
        return shown.getMinY() >= view.getMinY() && shown.getMaxY() <= view.getMaxY();
    }
}
