package nl.personacanvas.ui.canvas;

import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.text.Text;
import javafx.stage.Window;
import nl.personacanvas.ui.MainWindowUiTest;
import nl.personacanvas.ui.WindowSizes;
import org.junit.jupiter.api.Test;
import nl.personacanvas.ui.UiFixture;

/** The header's labels read level with the text in their fields, in both of the header's layouts. */
class HeaderLabelsUiTest extends MainWindowUiTest {

    /**
     * On a 1366 × 768 laptop with the side panel open, the role goes under the name, and "Naam" stood 12 px below
     * "Laura" in its field (the name's row had a box of its own that did not say where its text's baseline was).
     */
    @Test
    void eachLabelIsLevelWithItsFieldsTextAtEveryWidth() {
        waitUntil(() -> ui.personaNamesInList().size() == 2);
        robot.clickOn("Laura");
        for (double width : new double[] {900, 1280}) {
            robot.interact(() -> {
                Window window = robot.listWindows().get(0);
                WindowSizes.place(window, 0, 0, width, 760);
            });
            UiFixture.waitForLayout();
            robot.interact(() -> {
                for (String field : new String[] {"#canvas-name", "#canvas-role", "#canvas-authors"}) {
                    Node control = robot.lookup(field).query();
                    Node label = robot.lookup(".field-label").match(n -> n instanceof javafx.scene.control.Label l
                            && l.getLabelFor() == control).query();
                    assertThat(baseline(label)).as("%s's label at width %s", field, width)
                            .isCloseTo(baseline(control), org.assertj.core.data.Offset.offset(1.0));
                }
            });
        }
    }

    /**
     * The quadrants start right under the header's last shown line (the persona's notes, or the link that opens
     * them). With the notes and the link in a box of their own, the header kept some 90 px of empty room under
     * Laura's notes on a 1366 x 768 laptop.
     */
    @Test
    void theQuadrantsFollowTheHeaderWithoutEmptyRoom() {
        waitUntil(() -> ui.personaNamesInList().size() == 2);
        robot.clickOn("Laura");
        robot.interact(() -> {
            Node add = robot.lookup("#canvas-notes-add").query();
            if (add.isVisible()) {
                ((javafx.scene.control.Hyperlink) add).fire();
            }
            robot.lookup("#canvas-notes").queryAs(javafx.scene.control.TextArea.class).setText("Voorbeeldpersona uit "
                    + "sessie 4. Laura begeleidt studenten Verzorgende-IG die stage lopen in Duitsland en Spanje.");
        });
        for (double width : new double[] {900, 1280}) {
            robot.interact(() -> WindowSizes.place(robot.listWindows().get(0), 0, 0, width, 760));
            UiFixture.waitForLayout();
            robot.interact(() -> {
                double headerEnd = 0;
                for (String id : new String[] {"#canvas-authors", "#canvas-notes", "#canvas-notes-add"}) {
                    Node node = robot.lookup(id).query();
                    if (node.isVisible()) {
                        headerEnd = Math.max(headerEnd, node.localToScene(node.getLayoutBounds()).getMaxY());
                    }
                }
                Node design = robot.lookup("#quadrant-design").query();
                double gap = design.localToScene(design.getLayoutBounds()).getMinY() - headerEnd;
                assertThat(gap).as("room between the header and the quadrants at width %s", width)
                        .isBetween(0.0, 30.0);
            });
        }
    }

    /** Where the first line of the node's text sits in the scene. */
    private static double baseline(Node node) {
        Text text = node.lookupAll(".text").stream().filter(Text.class::isInstance).map(Text.class::cast)
                .findFirst().orElseThrow();
        Bounds bounds = text.getLayoutBounds();
        return text.localToScene(0, bounds.getMinY() + text.getBaselineOffset()).getY();
    }
}
