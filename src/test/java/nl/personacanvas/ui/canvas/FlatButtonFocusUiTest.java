package nl.personacanvas.ui.canvas;

import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.MenuButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import nl.personacanvas.ui.MainWindowUiTest;
import nl.personacanvas.ui.UiFixture;
import org.junit.jupiter.api.Test;

/**
 * A flat button reached with Tab shows that it has the keyboard. AtlantaFX draws a focused flat button exactly as an
 * unfocused one (transparent), so Tab from the authors field went through the four quadrants' "Toevoegen" with
 * nothing on screen saying where the keyboard was; the same for the portrait and the workbook page's add buttons.
 */
class FlatButtonFocusUiTest extends MainWindowUiTest {

    @Test
    void aQuadrantsAddButtonReachedWithTabIsMarked() {
        robot.clickOn("Laura");
        waitUntil(() -> robot.lookup("#add-design").tryQuery().isPresent());
        Button add = robot.lookup("#add-design").queryAs(Button.class);
        assertThat(visiblePaints(add)).as("unfocused, the button is flat").isEmpty();

        Button portrait = robot.lookup("#canvas-portrait").queryAs(Button.class);
        robot.interact(portrait::requestFocus);
        UiFixture.waitForLayout();
        assertThat(portrait.isFocused()).isTrue();
        assertThat(visiblePaints(portrait)).as("the portrait button with the keyboard").isNotEmpty();

        // Tab from the authors field, as a keyboard user gets there.
        UiFixture.keyboardTo(robot, robot.lookup("#canvas-authors").query());
        while (!add.isFocused() && add.getScene().getFocusOwner() != null
                && !"persona-filter".equals(add.getScene().getFocusOwner().getId())) {
            robot.push(KeyCode.TAB);
            UiFixture.waitForLayout();
        }
        assertThat(add.isFocused()).isTrue();
        assertThat(visiblePaints(add)).as("Toevoegen with the keyboard").isNotEmpty();
    }

    @Test
    void theWorkbookPagesAddButtonReachedWithTabIsMarked() {
        waitUntil(() -> robot.lookup("#workbook-add-principle").tryQuery().isPresent());
        Button add = robot.lookup("#workbook-add-principle").queryAs(Button.class);
        assertThat(visiblePaints(add)).isEmpty();
        robot.interact(add::requestFocus);
        UiFixture.waitForLayout();
        assertThat(add.isFocused()).isTrue();
        assertThat(visiblePaints(add)).isNotEmpty();
    }

    /**
     * The workbook page's "Kernactiviteit toevoegen" is a menu button, for which the theme has no focused look: Tab
     * onto it showed nothing until Space opened its menu (session 21, a panel member's walk at 1366 x 768).
     */
    @Test
    void theWorkbookPagesAddActivityMenuButtonReachedWithTabIsMarked() {
        waitUntil(() -> robot.lookup("#workbook-add-activity").tryQuery().isPresent());
        MenuButton add = robot.lookup("#workbook-add-activity").queryAs(MenuButton.class);
        assertThat(visiblePaints(add)).as("unfocused, the menu button is flat").isEmpty();
        robot.interact(() -> robot.lookup("#workbook-add-principle").query().requestFocus());
        // Past the activities' rows (twente's own), as a keyboard user gets there.
        for (int i = 0; i < 40 && !add.isFocused(); i++) {
            robot.push(KeyCode.TAB);
            UiFixture.waitForLayout();
        }
        assertThat(add.isFocused()).as("Tab from Uitgangspunt toevoegen").isTrue();
        assertThat(visiblePaints(add)).as("Kernactiviteit toevoegen with the keyboard").isNotEmpty();
    }

    /** The background colours drawn behind the button that are not fully transparent. */
    private static List<Paint> visiblePaints(Region button) {
        if (button.getBackground() == null) {
            return List.of();
        }
        return button.getBackground().getFills().stream().map(BackgroundFill::getFill)
                .filter(p -> !(p instanceof Color c) || c.getOpacity() > 0).toList();
    }
}
