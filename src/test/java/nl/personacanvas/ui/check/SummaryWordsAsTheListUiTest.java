package nl.personacanvas.ui.check;

import static nl.personacanvas.ui.UiFixture.scrollDownTo;
import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TreeCell;
import javafx.scene.input.KeyCode;
import nl.personacanvas.ui.MainWindowUiTest;
import nl.personacanvas.ui.UiFixture;
import nl.personacanvas.ui.main.PersonaGroup;
import org.junit.jupiter.api.Test;

/**
 * Session 29 (ux29b), what ux29 saw and left. A persona with no core activity is listed under "Zonder kernactiviteit",
 * but the check panel's summary began "Eigen activiteit: 0 van 7 …", as for an activity of the school's own, which she
 * has not. And the summary named another person's task two ways, "1 voor een ander" and "geen taak van een ander"
 * (in English "1 other person's task" where the badge says "Someone else's task"). Now the summary begins as the
 * list's heading, and names the task as the badge does, once, in both languages.
 */
class SummaryWordsAsTheListUiTest extends MainWindowUiTest {

    @Test
    void aPersonaWithoutCoreActivityIsCalledAsTheListCallsHer() {
        waitUntil(() -> ui.personaNamesInList().size() == 2);
        Button remove = robot.lookup("#workbook-activity-remove-k-stage").queryAs(Button.class);
        scrollDownTo(robot, remove);
        robot.clickOn(remove);
        waitUntil(() -> document().workbook().activity("k-stage").isEmpty());
        robot.clickOn("Laura");
        openSidePanel();

        assertThat(summaryOnceChecked()).startsWith("Zonder kernactiviteit: 0 van 7 elementen van de professional");
        assertThat(headingOf("Laura")).isEqualTo("Zonder kernactiviteit (1)");

        robot.interact(() -> ui.window.switchLanguage(Locale.ENGLISH));
        assertThat(summaryOnceChecked()).startsWith("No core activity: 0 of 7 professional elements");
        assertThat(headingOf("Laura")).isEqualTo("No core activity (1)");
    }

    @Test
    void theSummaryNamesSomeoneElsesTaskOneWayAsTheBadgeDoes() {
        waitUntil(() -> ui.personaNamesInList().size() == 2);
        robot.clickOn("Laura");
        openSidePanel();
        robot.clickOn("#add-design");
        UiFixture.paste(robot, "International office regelt het visum");
        robot.clickOn("#canvas-name");
        waitUntil(() -> robot.lookup(".badge-other-person").tryQuery().isPresent());
        String laura = summaryOnceChecked();
        assertThat(laura).contains("1 taak van een ander,").doesNotContain("voor een ander");
        robot.clickOn("Ahmed");
        waitUntil(() -> checked(summaryText()) && !summaryText().equals(laura));
        assertThat(summaryOnceChecked()).contains("geen taken van een ander,");

        robot.interact(() -> ui.window.switchLanguage(Locale.ENGLISH));
        assertThat(summaryOnceChecked()).contains("no one else’s tasks,");
        robot.clickOn("Laura");
        waitUntil(() -> summaryText().contains("1 someone else’s task,"));
        assertThat(summaryOnceChecked()).doesNotContain("other person");
    }

    /** Beeld › Zijpaneel by its keys: the test's window, as a 1024 × 768 laptop's, opens with the panel folded. */
    private void openSidePanel() {
        if (robot.lookup("#check-summary").tryQuery().isPresent()) {
            return;
        }
        UiFixture.keyboardTo(robot, robot.lookup("#persona-tree").query());
        robot.press(KeyCode.ALT).type(KeyCode.L);
        waitUntil(() -> viewMenu().isShowing());
        robot.type(KeyCode.Z).release(KeyCode.ALT);
        waitUntil(() -> robot.lookup("#check-summary").tryQuery().isPresent());
    }

    private String summaryOnceChecked() {
        waitUntil(() -> checked(summaryText()));
        return summaryText();
    }

    private String summaryText() {
        return robot.lookup("#check-summary").queryAs(Label.class).getText();
    }

    /** A report's summary, not "Controleren…" while it is made. */
    private static boolean checked(String summary) {
        return summary.matches("\\d.*|.*: \\d.*");
    }

    /** The whole heading of the list's group the persona is in, as its row says it. */
    private String headingOf(String persona) {
        for (Node node : robot.lookup("#persona-tree .tree-cell").queryAll()) {
            TreeCell<?> cell = (TreeCell<?>) node;
            if (cell.isVisible() && cell.getItem() instanceof PersonaGroup g
                    && g.personas().stream().anyMatch(p -> p.name().equals(persona))) {
                return cell.getAccessibleText();
            }
        }
        throw new AssertionError("no heading over " + persona);
    }

    private Menu viewMenu() {
        MenuBar bar = (MenuBar) ui.window.view().getTop();
        return bar.getMenus().stream().filter(m -> "menu-view".equals(m.getId())).findFirst().orElseThrow();
    }
}
