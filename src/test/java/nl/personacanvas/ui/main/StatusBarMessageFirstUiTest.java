package nl.personacanvas.ui.main;

import static nl.personacanvas.ui.UiFixture.waitUntil;
import static nl.personacanvas.ui.main.StatusBarParts.inBar;
import static nl.personacanvas.ui.main.StatusBarParts.part;
import static nl.personacanvas.ui.main.StatusBarParts.shown;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.input.KeyCode;
import nl.personacanvas.ui.MainWindowUiTest;
import nl.personacanvas.ui.UiFixture;
import nl.personacanvas.ui.WindowSizes;
import org.junit.jupiter.api.Test;

/**
 * Session 29 (ux29b): in the 942 px window of a 1024 × 768 screen, with the side panel opened (Beeld › Zijpaneel), the
 * status bar cut both the message and the file part: "Geopend:….pcanvas" beside "…twente.pcanvas". What just happened
 * is what the user reads first; the file's path is in the window's title and the part's tooltip. The message now stays
 * whole and the file part gives way first.
 */
class StatusBarMessageFirstUiTest extends MainWindowUiTest {

    @Test
    void inTheWindowOfA1024By768ScreenWithTheSidePanelTheMessageStaysWholeInDutchAndEnglish() {
        waitUntil(() -> ui.personaNamesInList().size() == 2);
        robot.interact(() -> WindowSizes.place(robot.listWindows().get(0), 0, 0, 942, 706));
        robot.interact(() -> ui.window.switchLanguage(Locale.forLanguageTag("nl")));
        robot.interact(() -> WindowSizes.place(robot.listWindows().get(0), 0, 0, 942, 706));
        UiFixture.waitForLayout();
        assertThat(ui.window.viewModel().sidePanelShownProperty().get()).as("folded away at 942 px").isFalse();

        robot.clickOn("Laura");
        // A change not yet saved: the saved part says so, its longest text.
        robot.clickOn("#canvas-role").push(KeyCode.END).write(" in Duitsland");
        UiFixture.keyboardTo(robot, robot.lookup("#persona-tree").query());
        // Bee_ld, then _Zijpaneel: opened by hand, the window widens for it as far as the screen allows (976 px).
        robot.press(KeyCode.ALT).type(KeyCode.L);
        waitUntil(() -> viewMenu().isShowing());
        robot.type(KeyCode.Z).release(KeyCode.ALT);
        waitUntil(() -> robot.lookup("#check-panel").tryQuery().isPresent());
        UiFixture.waitForLayout();
        assertThat(ui.window.viewModel().sidePanelShownProperty().get()).isTrue();
        assertThat(bar().getWidth()).as("the window widened for the panel").isGreaterThan(942).isLessThan(1024);

        robot.interact(() -> ui.window.viewModel().status().show("Geopend: twente.pcanvas"));
        assertMessageWholeAndFileGivingWay("Geopend: twente.pcanvas");
        robot.interact(() -> ui.window.switchLanguage(Locale.ENGLISH));
        robot.interact(() -> ui.window.viewModel().status().show("Opened: twente.pcanvas"));
        assertMessageWholeAndFileGivingWay("Opened: twente.pcanvas");

        // Back at 942 px (the panel folds away for room): the same.
        robot.interact(() -> WindowSizes.place(robot.listWindows().get(0), 0, 0, 942, 706));
        assertMessageWholeAndFileGivingWay("Opened: twente.pcanvas");
        robot.interact(() -> ui.window.switchLanguage(Locale.forLanguageTag("nl")));
        robot.interact(() -> ui.window.viewModel().status().show("Geopend: twente.pcanvas"));
        assertMessageWholeAndFileGivingWay("Geopend: twente.pcanvas");
    }

    private StatusBarView bar() {
        return robot.lookup("#status-bar").queryAs(StatusBarView.class);
    }

    private void assertMessageWholeAndFileGivingWay(String message) {
        UiFixture.waitForLayout();
        StatusBarView bar = bar();
        waitUntil(() -> message.equals(part(bar, "#status-message").getText())
                && !part(bar, "#status-check").getText().isEmpty());
        robot.interact(() -> {
            double innerRight = bar.getWidth() - bar.snappedRightInset();
            assertThat(shown(part(bar, "#status-message"))).as("the message").isEqualTo(message);
            for (String id : List.of("#status-check", "#status-personas", "#status-saved")) {
                Label label = part(bar, id);
                assertThat(shown(label)).as(id + " whole").isEqualTo(label.getText());
                assertThat(inBar(bar, label).getMaxX()).as(id + "'s right edge").isLessThanOrEqualTo(innerRight + 0.5);
            }
            Label file = part(bar, "#status-file");
            assertThat(inBar(bar, file).getMaxX()).as("the file part's right edge").isLessThanOrEqualTo(innerRight + 0.5);
            // What it draws is the end of its path; the whole path is what it says to a screen reader and its tooltip.
            String drawn = shown(file).replace("...", "").replace("…", "");
            assertThat(file.getText()).endsWith(drawn);
            assertThat(file.getAccessibleText()).endsWith(twente().toString());
        });
    }

    private Menu viewMenu() {
        MenuBar bar = (MenuBar) ui.window.view().getTop();
        return bar.getMenus().stream().filter(m -> "menu-view".equals(m.getId())).findFirst().orElseThrow();
    }
}
