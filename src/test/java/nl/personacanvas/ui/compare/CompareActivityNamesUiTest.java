package nl.personacanvas.ui.compare;

import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import nl.personacanvas.model.Quadrant;
import nl.personacanvas.ui.MainWindowUiTest;
import org.junit.jupiter.api.Test;

/**
 * Session 22 (ux22b): compared side by side, Laura (A4) and Fatima (A2) each had tags "Ontwerpen 1*", each of its own
 * activity's matrix, and a reader could not tell which was which (the key said "A4 Ontwerpen 1: …" and "A2 Ontwerpen
 * 1: …"). With personas of several activities an element is named with its activity, "A4 Ontwerpen 1*", in the tags,
 * the red marks and the key alike, and each column's head starts with its activity's code; with one activity the names
 * stay short.
 */
class CompareActivityNamesUiTest extends MainWindowUiTest {
    private static final String ELEMENT = "(Ontwerpen|Uitvoeren|Organiseren|Professioneel) \\d+\\*?";
    /** The professional row is every activity's: it keeps its name. */
    private static final String SHARED = "Professioneel \\d+\\*?";
    /** An element of one activity's matrix. */
    private static final String OWN = "(Ontwerpen|Uitvoeren|Organiseren) \\d+\\*?";

    @Override
    protected List<String> startArguments() {
        return List.of();
    }

    private Node open(String... names) {
        waitUntil(() -> ui.window.viewModel().document().workbook().personas().size() >= 3);
        List<String> ids = java.util.Arrays.stream(names).map(this::personaId).toList();
        robot.interact(() -> ui.window.comparison().open(ids));
        waitUntil(() -> ui.window.comparison().shown() != null && ui.window.comparison().shown().isShowing());
        Node root = ui.window.comparison().shown().getScene().getRoot();
        waitUntil(() -> root.lookup("#compare-cell-0-design") != null);
        return root;
    }

    /** The element tags under the entries of one column, in its four cells. */
    private static List<Label> elementTags(Node root, int column) {
        return java.util.Arrays.stream(Quadrant.values())
                .flatMap(q -> root.lookup("#compare-cell-" + column + "-" + q.name().toLowerCase())
                        .lookupAll(".compare-item").stream())
                .map(n -> (Label) n).filter(l -> l.getText().matches("(A\\d )?" + ELEMENT)).toList();
    }

    @Test
    void personasOfTwoActivitiesNameTheirElementsWithTheActivity() {
        Node root = open("Laura", "Fatima");

        assertThat(elementTags(root, 0)).as("Laura's (A4) element tags").isNotEmpty()
                .allSatisfy(l -> assertThat(l.getText()).matches("A4 " + OWN + "|" + SHARED));
        assertThat(elementTags(root, 1)).as("Fatima's (A2) element tags").isNotEmpty()
                .allSatisfy(l -> assertThat(l.getText()).matches("A2 " + OWN + "|" + SHARED))
                .anySatisfy(l -> assertThat(l.getText()).startsWith("A2 Ontwerpen "));
        assertThat(elementTags(root, 0)).allSatisfy(l -> assertThat(l.getTooltip().getText()).startsWith(
                l.getText().replace("*", "") + " ("));
        assertThat(((Label) root.lookup("#compare-persona-0").getParent().lookup(".compare-activity")).getText())
                .startsWith("A4 · ");
        assertThat(((Label) root.lookup("#compare-persona-1").getParent().lookup(".compare-activity")).getText())
                .startsWith("A2 · ");
        assertThat(root.lookupAll(".compare-missing").stream().map(n -> ((Label) n).getText()))
                .isNotEmpty().allMatch(t -> t.startsWith("Ontbreekt hier, wel bij een ander: "))
                .noneMatch(t -> t.matches("(?s).*(?<!A\\d )\\b" + OWN.replace("\\*?", "") + ".*"));
        // Every name under an entry has its line in the key, as it is written there.
        List<String> key = root.lookupAll(".compare-key-item").stream().map(n -> ((Label) n).getText()).toList();
        assertThat(elementTags(root, 1)).allSatisfy(tag ->
                assertThat(key).anyMatch(line -> line.startsWith(tag.getText().replace("*", "") + ": ")));
        // Whole in their columns: no tag is cut short or runs past its cell's right edge.
        for (int c = 0; c < 2; c++) {
            for (Label tag : elementTags(root, c)) {
                assertThat(tag.getWidth()).as(tag.getText()).isGreaterThanOrEqualTo(tag.prefWidth(-1) - 0.5);
                Node cell = cellOf(tag);
                assertThat(tag.localToScene(tag.getLayoutBounds()).getMaxX()).as(tag.getText())
                        .isLessThanOrEqualTo(cell.localToScene(cell.getLayoutBounds()).getMaxX());
            }
        }
        robot.push(KeyCode.ESCAPE);
    }

    @Test
    void personasOfOneActivityKeepTheShortNames() {
        Node root = open("Laura", "Joost");

        assertThat(elementTags(root, 0)).isNotEmpty().allSatisfy(l -> assertThat(l.getText()).matches(ELEMENT));
        assertThat(elementTags(root, 1)).isNotEmpty().allSatisfy(l -> assertThat(l.getText()).matches(ELEMENT));
        assertThat(((Label) root.lookup("#compare-persona-0").getParent().lookup(".compare-activity")).getText())
                .doesNotStartWith("A4");
        robot.push(KeyCode.ESCAPE);
    }

    private static Node cellOf(Label tag) {
        for (Node node = tag; node != null; node = node.getParent()) {
            if (node.getId() != null && node.getId().startsWith("compare-cell-")) {
                return node;
            }
        }
        throw new AssertionError("no cell for " + tag.getText());
    }
}
