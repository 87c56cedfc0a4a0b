package nl.personacanvas.ui.main;

import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import nl.personacanvas.ui.MainWindowUiTest;
import nl.personacanvas.ui.Shortcuts;
import nl.personacanvas.ui.UiFixture;
import nl.personacanvas.ui.WindowSizes;
import org.junit.jupiter.api.Test;

/**
 * Session 29 (ux29): on a 1024 × 768 laptop the app's window is 942 px wide and the search field over the persona list
 * showed "Zoek op naam, rol of teks", its last letter cut off by the field's edge; the menu calls the same field
 * "Zoeken in persona's". The prompt is now the menu's words, whole, and what it searches is in its tooltip.
 */
class SearchFieldPromptUiTest extends MainWindowUiTest {
    @Test
    void theSearchFieldsPromptIsWholeInTheWindowOfA1024By768ScreenAndNamedAsInTheMenu() {
        waitUntil(() -> ui.personaNamesInList().size() == 2);
        robot.interact(() -> WindowSizes.place(robot.listWindows().get(0), 0, 0, 942, 706));
        // Each view built in the narrow window, as at the start on that screen: the list keeps its width when the
        // window is made narrower, and would be wider than the app's own at that size.
        robot.interact(() -> ui.window.switchLanguage(Locale.ENGLISH));
        assertPromptWholeAndAsTheMenuSays();
        robot.interact(() -> ui.window.switchLanguage(Locale.forLanguageTag("nl")));
        assertPromptWholeAndAsTheMenuSays();

        // Ctrl+F takes the keyboard there, as the menu item promises.
        UiFixture.keyboardTo(robot, robot.lookup("#persona-tree").query());
        robot.push(KeyCode.SHORTCUT, KeyCode.F);
        waitUntil(() -> robot.lookup("#persona-filter").query().isFocused());
        robot.write("ahmed");
        waitUntil(() -> ui.personaNamesInList().equals(java.util.List.of("Ahmed")));
    }

    private void assertPromptWholeAndAsTheMenuSays() {
        UiFixture.waitForLayout();
        robot.interact(() -> {
            TextField field = robot.lookup("#persona-filter").queryAs(TextField.class);
            String menuText = findItem().getText().replace("_", "");
            assertThat(field.getPromptText()).isEqualTo(menuText);
            // The tooltip's text (made when the pointer first comes over the field) and the screen reader's help.
            assertThat(field.getAccessibleHelp()).as("what the field searches")
                    .matches("(Zoekt in namen, rollen|Searches names, roles).*")
                    .endsWith("(" + Shortcuts.shown(Shortcuts.FIND) + ")");
            Text prompt = (Text) field.lookupAll(".text").stream()
                    .filter(n -> n instanceof Text t && field.getPromptText().equals(t.getText()) && n.isVisible())
                    .findFirst().orElseThrow();
            double room = field.getWidth() - field.getInsets().getLeft() - field.getInsets().getRight();
            assertThat(prompt.getLayoutBounds().getWidth()).as("\"%s\" in a field with %.0f px for text",
                    prompt.getText(), room).isLessThanOrEqualTo(room);
        });
    }

    private MenuItem findItem() {
        MenuBar bar = (MenuBar) ui.window.view().getTop();
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> "menu-edit-find".equals(i.getId())).findFirst().orElseThrow();
    }
}
