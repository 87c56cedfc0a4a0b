package nl.personacanvas.ui.main;

import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import javafx.scene.control.MenuBar;
import javafx.scene.input.KeyCode;
import nl.personacanvas.ui.MainWindowUiTest;
import org.junit.jupiter.api.Test;

/**
 * Alt and a menu's underlined letter open it; with Alt still held, an item's underlined letter runs it (JavaFX 21
 * reads an item's letter only with Alt down: a letter alone in an open menu does nothing).
 */
class MnemonicsUiTest extends MainWindowUiTest {
    @Test
    void altAndALetterOpenAMenuAndAnItemsLetterRunsIt() {
        waitUntil(() -> ui.personaNamesInList().size() == 2);
        assertThat(ui.window.viewModel().sidePanelShownProperty().get()).isFalse();

        // Bee_ld, then _Zijpaneel.
        robot.press(KeyCode.ALT).type(KeyCode.L);
        waitUntil(() -> viewMenuShowing());
        robot.type(KeyCode.Z).release(KeyCode.ALT);

        waitUntil(() -> ui.window.viewModel().sidePanelShownProperty().get());
        assertThat(viewMenuShowing()).isFalse();
        assertThat(robot.lookup("#side-slot #side-tabs").tryQuery()).isPresent();
    }

    @Test
    void theLettersFollowTheLanguage() {
        waitUntil(() -> ui.personaNamesInList().size() == 2);
        robot.interact(() -> ui.window.switchLanguage(Locale.ENGLISH));

        // _View, then Side _panel.
        robot.press(KeyCode.ALT).type(KeyCode.V);
        waitUntil(() -> viewMenuShowing());
        robot.type(KeyCode.P).release(KeyCode.ALT);

        waitUntil(() -> ui.window.viewModel().sidePanelShownProperty().get());
    }

    @Test
    void aMenusLetterOpensThatMenuOnly() {
        waitUntil(() -> ui.personaNamesInList().size() == 2);
        // _Bestand.
        robot.press(KeyCode.ALT).type(KeyCode.B).release(KeyCode.ALT);
        waitUntil(() -> menuBar().getMenus().get(0).isShowing());
        assertThat(viewMenuShowing()).isFalse();
        robot.type(KeyCode.ESCAPE);
    }

    private boolean viewMenuShowing() {
        return menuBar().getMenus().stream().filter(m -> "menu-view".equals(m.getId())).findFirst().orElseThrow()
                .isShowing();
    }

    private MenuBar menuBar() {
        return (MenuBar) ui.window.view().getTop();
    }
}
