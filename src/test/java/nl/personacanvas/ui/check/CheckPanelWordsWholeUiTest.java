package nl.personacanvas.ui.check;

import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import nl.personacanvas.ui.MainWindowUiTest;
import nl.personacanvas.ui.UiFixture;
import nl.personacanvas.ui.WindowSizes;
import org.junit.jupiter.api.Test;

/**
 * Session 29 (ux29), the walk at 1024 × 768: in the check panel beside the canvas the quadrant's name over its coverage
 * bar read "Organiseren & Communic…", and in English the last heading "Professional (across …": the only places in
 * the panel that did not wrap. Every text the panel draws is now whole, in both languages.
 */
class CheckPanelWordsWholeUiTest extends MainWindowUiTest {
    @Test
    void everyHeadingAndQuadrantNameInTheCheckPanelIsWholeInA1024PxWindow() {
        waitUntil(() -> ui.personaNamesInList().size() == 2);
        robot.interact(() -> WindowSizes.place(robot.listWindows().get(0), 0, 0, 1024, 740));
        robot.clickOn("Laura");
        robot.interact(() -> ui.window.viewModel().sidePanelShownProperty().set(true));
        waitUntil(() -> robot.lookup("#check-panel .coverage-title").tryQuery().isPresent());

        assertWhole("Organiseren & Communiceren", "Professional (rijbreed)");
        robot.interact(() -> ui.window.switchLanguage(Locale.ENGLISH));
        waitUntil(() -> robot.lookup("#check-panel .coverage-title").tryQuery().isPresent());
        assertWhole("Organise & Communicate", "Professional (across all activities)");
    }

    /** Each label of the panel draws all of its text (a label cut short draws a shorter text ending in "…"). */
    private void assertWhole(String... expected) {
        UiFixture.waitForLayout();
        robot.interact(() -> {
            Node panel = robot.lookup("#check-panel").query();
            assertThat(panel.getLayoutBounds().getWidth()).as("a narrow panel, as in the walk").isLessThan(260);
            List<String> shown = new ArrayList<>();
            for (Node node : panel.lookupAll(".label")) {
                if (node instanceof Labeled label && label.isVisible() && !label.getText().isEmpty()) {
                    assertThat(drawn(label)).as("what \"%s\" draws", label.getText()).isEqualTo(label.getText());
                    shown.add(label.getText());
                }
            }
            assertThat(shown).contains(expected);
        });
    }

    private static String drawn(Labeled label) {
        StringBuilder text = new StringBuilder();
        for (Node child : label.getChildrenUnmodifiable()) {
            if (child instanceof Text t) {
                text.append(t.getText());
            }
        }
        return text.toString();
    }
}
