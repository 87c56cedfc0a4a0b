package nl.personacanvas.ui.main;

import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import nl.personacanvas.model.Entry;
import nl.personacanvas.ui.MainWindowUiTest;
import nl.personacanvas.ui.UiFixture;
import org.junit.jupiter.api.Test;

/**
 * Session 29 (ux29): "Stickers sorteren…" was only a button in the side panel, which a window narrower than 1200 px
 * (a 1024 × 768 or 1366 × 768 school laptop: 976 or 1256 px) opens folded away. A panel member with a stack of sticky
 * notes found no way in, and none by keyboard. Bewerken › Stickers sorteren… opens it for the persona shown, with Alt+W
 * and S as well; on the workbook page, where there is no canvas to add to, it is greyed out.
 */
class SortFromTheMenuUiTest extends MainWindowUiTest {

    @Test
    void withTheSidePanelFoldedAwayTheEditMenuSortsStickyNotesOntoTheCanvasShown() {
        waitUntil(() -> ui.personaNamesInList().size() == 2);
        assertThat(ui.window.viewModel().sidePanelShownProperty().get()).isFalse();
        assertThat(robot.lookup("#check-sort").tryQuery()).isEmpty();
        assertThat(sortItem().isDisable()).as("on the workbook page").isTrue();

        robot.clickOn("Laura");
        waitUntil(() -> !sortItem().isDisable());
        UiFixture.keyboardTo(robot, robot.lookup("#persona-tree").query());
        // Be_werken, then Stickers _sorteren….
        robot.press(KeyCode.ALT).type(KeyCode.W);
        waitUntil(() -> editMenu().isShowing());
        robot.type(KeyCode.S).release(KeyCode.ALT);
        waitUntil(() -> robot.lookup("#sort-input").tryQuery().isPresent());
        assertThat(ui.window.viewModel().sidePanelShownProperty().get()).isFalse();

        robot.clickOn("#sort-input");
        UiFixture.paste(robot, "Is nieuwsgierig naar andere culturen");
        robot.clickOn("#sort-run");
        waitUntil(() -> robot.lookup("#sort-table").queryAs(TableView.class).getItems().size() == 1);
        robot.clickOn("#sort-accept");
        waitUntil(() -> robot.lookup("#sort-input").tryQuery().isEmpty());

        assertThat(persona("Laura").canvas().allEntries().map(Entry::text))
                .contains("Is nieuwsgierig naar andere culturen");
        assertThat(ui.window.viewModel().status().text()).startsWith("1 stelling toegevoegd aan Laura");
    }

    @Test
    void theItemIsNamedInEnglishToo() {
        waitUntil(() -> ui.personaNamesInList().size() == 2);
        robot.interact(() -> ui.window.switchLanguage(java.util.Locale.ENGLISH));
        assertThat(sortItem().getText()).isEqualTo("S_ort sticky notes\u2026");

        // Session 30: the proposal's column was "Note", the word the English window uses for what is on the canvas.
        robot.clickOn("Laura");
        waitUntil(() -> !sortItem().isDisable());
        robot.interact(sortItem()::fire);
        waitUntil(() -> robot.lookup("#sort-table").tryQuery().isPresent());
        TableView<?> table = robot.lookup("#sort-table").queryAs(TableView.class);
        assertThat(table.getColumns().stream().map(c -> c.getText()).toList()).containsExactly("Include", "Statement", "Quadrant", "Explanation");
        robot.interact(() -> table.getScene().getWindow().hide());
    }

    private MenuItem sortItem() {
        return editMenu().getItems().stream().filter(i -> "menu-edit-sort".equals(i.getId())).findFirst().orElseThrow();
    }

    private Menu editMenu() {
        MenuBar bar = (MenuBar) ui.window.view().getTop();
        return bar.getMenus().stream().filter(m -> "menu-edit".equals(m.getId())).findFirst().orElseThrow();
    }
}
