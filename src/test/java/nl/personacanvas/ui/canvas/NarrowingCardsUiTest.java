package nl.personacanvas.ui.canvas;

import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.text.Text;
import nl.personacanvas.ui.MainWindowUiTest;
import org.junit.jupiter.api.Test;
import nl.personacanvas.ui.UiFixture;

/**
 * Cards grow with their text when the quadrants get narrower while a canvas is open: opening the side panel
 * in the window of a 1280 x 800 screen wraps "Stageopdrachten met interculturele leeruitkomsten" onto two lines,
 * and the card must take both instead of running over the card under it.
 */
class NarrowingCardsUiTest extends MainWindowUiTest {

    @Test
    void cardsTakeTheirWrappedTextWhenTheSidePanelOpens() {
        waitUntil(() -> ui.personaNamesInList().size() == 2);
        robot.interact(() -> {
            ui.window.viewModel().sidePanelShownProperty().set(false);
            robot.window(0).setWidth(1177);
            robot.window(0).setHeight(736);
        });
        robot.clickOn("Laura");
        UiFixture.waitForLayout();
        robot.interact(() -> ui.window.viewModel().sidePanelShownProperty().set(true));
        waitUntil(() -> robot.lookup("#side-tabs").tryQuery().isPresent());
        UiFixture.waitForLayout();

        robot.interact(() -> {
            List<Node> cards = robot.lookup(".entry").queryAll().stream()
                    .sorted(Comparator.comparingDouble((Node n) -> n.localToScene(n.getLayoutBounds()).getMinX())
                            .thenComparingDouble(n -> n.localToScene(n.getLayoutBounds()).getMinY()))
                    .toList();
            assertThat(cards).hasSizeGreaterThanOrEqualTo(4);
            boolean wrapped = false;
            for (Node card : cards) {
                Node area = card.lookup(".entry-text");
                Bounds areaBounds = area.localToScene(area.getLayoutBounds());
                Text text = (Text) area.lookupAll(".text").stream().filter(Text.class::isInstance)
                        .filter(t -> !((Text) t).getText().isEmpty()).findFirst().orElseThrow();
                Bounds ink = text.localToScene(text.getLayoutBounds());
                wrapped |= ink.getHeight() > 1.5 * text.getFont().getSize() * 1.2;
                assertThat(ink.getMaxY()).as("the last line of '%s' inside its card %s: %s", text.getText(),
                        areaBounds, ink).isLessThanOrEqualTo(areaBounds.getMaxY() + 0.5);
            }
            assertThat(wrapped).as("some card's text wraps once the panel is open").isTrue();
            for (int i = 1; i < cards.size(); i++) {
                Bounds above = cards.get(i - 1).localToScene(cards.get(i - 1).getLayoutBounds());
                Bounds below = cards.get(i).localToScene(cards.get(i).getLayoutBounds());
                if (Math.abs(above.getMinX() - below.getMinX()) < 1) {
                    assertThat(below.getMinY()).as("card %d starts below card %d", i, i - 1)
                            .isGreaterThanOrEqualTo(above.getMaxY() - 0.5);
                }
            }
        });
    }
}
