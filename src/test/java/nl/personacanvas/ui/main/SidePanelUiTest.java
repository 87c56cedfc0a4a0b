package nl.personacanvas.ui.main;

import nl.personacanvas.ui.Menus;
import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import nl.personacanvas.ui.MainWindowUiTest;
import org.junit.jupiter.api.Test;

/** The right-hand slot: a contributed panel shows, folds away through Beeld > Zijpaneel and comes back. */
class SidePanelUiTest extends MainWindowUiTest {
    @Test
    void theCheckPanelFoldsAwayAndBack() {
        waitUntil(() -> ui.personaNamesInList().size() == 2);
        // The test window is narrower than the width the panel starts unfolded at.
        assertThat(robot.lookup("#side-slot").tryQuery()).isEmpty();
        assertThat(ui.window.viewModel().sidePanelShownProperty().get()).isFalse();

        Menus.choose(robot, "menu-view", "menu-view-side-panel");
        assertThat(robot.lookup("#side-slot #side-tabs").tryQuery()).isPresent();
        assertThat(ui.window.viewModel().sidePanelShownProperty().get()).isTrue();

        Menus.choose(robot, "menu-view", "menu-view-side-panel");
        assertThat(robot.lookup("#side-slot").tryQuery()).isEmpty();

        Menus.choose(robot, "menu-view", "menu-view-side-panel");
        robot.interact(() -> ui.window.switchLanguage(Locale.ENGLISH));
        assertThat(robot.lookup("#side-slot #side-tabs").tryQuery()).isPresent();
        assertThat(robot.lookup("Check").tryQuery()).isPresent();
    }
}
