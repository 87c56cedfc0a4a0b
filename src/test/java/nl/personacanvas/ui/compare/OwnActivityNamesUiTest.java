package nl.personacanvas.ui.compare;

import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TreeCell;
import javafx.scene.input.KeyCode;
import nl.personacanvas.model.CoreActivity;
import nl.personacanvas.ui.MainWindowUiTest;
import nl.personacanvas.ui.Menus;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Session 27 (ux27c): Sanne's activity is the Alfa-college's own, not in the matrix. The workbook page marks it
 * "Eigen" ("Own"), but the persona list, the compare chooser and the comparison's head named it bare, beside
 * "A2 · …" and "A4 · …" for the matrix's activities, as if it were one of those without its code. Every place that
 * names a persona's activity now names it "Eigen · …".
 */
class OwnActivityNamesUiTest extends MainWindowUiTest {

    @Override
    protected List<String> startArguments() {
        return List.of();
    }

    private String sannesActivity() {
        waitUntil(() -> document().workbook().personas().stream().anyMatch(p -> p.name().equals("Sanne")));
        CoreActivity own = document().workbook().activityOf(persona("Sanne")).orElseThrow();
        assertThat(own.isOwn()).as("the sample's Sanne works on the school's own activity").isTrue();
        return own.name();
    }

    private List<String> groupTitlesInList() {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#persona-tree .tree-cell").queryAll().stream().map(n -> (TreeCell<?>) n)
                .filter(c -> c.isVisible() && c.getGraphic() == null && c.getText() != null)
                // The whole heading, as a screen reader says it: at a narrow window the visible text is cut (ux29b).
                .map(c -> c.getAccessibleText() != null ? c.getAccessibleText() : c.getText())
                .map(t -> t.replaceFirst(" \\(\\d+\\)$", "")).toList(); // less the count "(1)"
    }

    @Test
    void thePersonaListNamesTheOwnActivityAsOwnInBothLanguages() {
        String own = sannesActivity();
        assertThat(groupTitlesInList()).contains("Eigen · " + own).anyMatch(t -> t.startsWith("A4 · "))
                .doesNotContain(own);

        Menus.choose(robot, "menu-view", "menu-view-language", "menu-view-language-en");
        waitUntil(() -> groupTitlesInList().contains("Own · " + own));
        assertThat(groupTitlesInList()).doesNotContain(own, "Eigen · " + own);
    }

    @Test
    void theCompareChooserNamesTheOwnActivityAsOwn() {
        String own = sannesActivity();
        Platform.runLater(() -> ui.window.comparison().chooseAndOpen());
        waitUntil(() -> robot.lookup("#compare-choose-list").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            ScrollPane list = robot.lookup("#compare-choose-list").queryAs(ScrollPane.class);
            List<String> headings = robot.from(list).lookup(".compare-choose-activity").queryAllAs(Label.class)
                    .stream().map(Label::getText).toList();
            assertThat(headings).contains("Kernactiviteit: Eigen · " + own)
                    .anyMatch(t -> t.startsWith("Kernactiviteit: A4 · "));
            DialogPane pane = (DialogPane) list.getScene().getRoot();
            ((javafx.scene.control.Button) pane.lookupButton(ButtonType.CANCEL)).fire();
        });
    }

    @Test
    void theComparisonsHeadsNameAMatrixActivityAndTheOwnOneEachWithItsCode() {
        String own = sannesActivity();
        List<String> ids = List.of(personaId("Laura"), personaId("Sanne"));
        robot.interact(() -> ui.window.comparison().open(ids));
        waitUntil(() -> ui.window.comparison().shown() != null && ui.window.comparison().shown().isShowing());
        Node root = ui.window.comparison().shown().getScene().getRoot();
        waitUntil(() -> root.lookup("#compare-cell-1-design") != null);
        robot.interact(() -> {
            assertThat(activityHead(root, 0)).startsWith("A4 · ");
            assertThat(activityHead(root, 1)).isEqualTo("Eigen · " + own);
        });
        robot.push(KeyCode.ESCAPE);
    }

    private static String activityHead(Node root, int column) {
        return ((Label) root.lookup("#compare-persona-" + column).getParent().lookup(".compare-activity")).getText();
    }
}
