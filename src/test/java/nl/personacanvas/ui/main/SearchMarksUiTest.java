package nl.personacanvas.ui.main;

import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import nl.personacanvas.model.Canvas;
import nl.personacanvas.model.Entry;
import nl.personacanvas.model.Quadrant;
import nl.personacanvas.ui.MainWindowUiTest;
import nl.personacanvas.ui.TypedText;
import org.junit.jupiter.api.Test;
import nl.personacanvas.ui.UiFixture;

/**
 * The search field finds a persona by a note folded under one of its entries; opened, the canvas marks that
 * entry and no other, and emptying the search takes the marks away.
 */
class SearchMarksUiTest extends MainWindowUiTest {
    private static final String FOUND = "Regelt verzekeringen en documenten";
    private static final String OTHER = "Onderhoudt contact met stagebedrijven in Duitsland";

    @Test
    void theNoteTheSearchFoundIsMarkedInTheCanvasUntilTheSearchIsEmptied() {
        waitUntil(() -> document().workbook().personas().size() == 2);
        robot.interact(() -> document().apply("test", null, wb -> wb.updatePersona("p-laura", p -> p.withCanvas(
                p.canvas().replace(p.canvas().find("e-l4").orElseThrow().withNote("Crisisprotocol bij ziekte"))))));

        robot.clickOn("#persona-filter");
        TypedText.write(robot, "crisisprotocol");
        waitUntil(() -> ui.personaNamesInList().equals(List.of("Laura")));
        robot.clickOn(robot.lookup("#persona-tree .persona-name")
                .match((Labeled l) -> "Laura".equals(l.getText())).queryAs(Node.class));
        waitUntil(() -> entry(FOUND) != null);

        assertThat(entry(FOUND).getStyleClass()).as("the note found by its folded note").contains("search-match");
        assertThat(entry(FOUND).getAccessibleHelp()).isEqualTo("Gevonden met je zoektekst");
        assertThat(entry(OTHER).getStyleClass()).as("another note of Laura's").doesNotContain("search-match");
        assertThat(entry(OTHER).getAccessibleHelp()).isNull();

        robot.clickOn("#persona-filter").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .type(KeyCode.BACK_SPACE);
        waitUntil(() -> robot.lookup("#persona-filter").queryAs(TextInputControl.class).getText().isEmpty());
        assertThat(robot.lookup(".search-match").queryAll()).as("marks after the search is emptied").isEmpty();
        assertThat(entry(FOUND).getAccessibleHelp()).isNull();
    }

    @Test
    void aNoteFoundBelowTheFoldIsScrolledIntoSightWhenThePersonaIsOpened() {
        waitUntil(() -> document().workbook().personas().size() == 2);
        robot.interact(() -> document().apply("test", null, wb -> wb.updatePersona("p-laura", p -> {
            Canvas c = p.canvas().insert(Quadrant.ATTITUDE, p.canvas().entries(Quadrant.ATTITUDE).size(),
                    new Entry("e-low", "Blijft nieuwsgierig naar andere culturen", List.of(), "Zie het verzuimprotocol"));
            for (int i = 0; i < 12; i++) {
                c = c.insert(Quadrant.DELIVER, 0, new Entry("e-fill" + i, "Regelt de reis van groep " + i, List.of(), ""));
            }
            return p.withCanvas(c);
        })));

        robot.clickOn("#persona-filter");
        TypedText.write(robot, "verzuimprotocol");
        waitUntil(() -> ui.personaNamesInList().equals(List.of("Laura")));
        robot.clickOn(robot.lookup("#persona-tree .persona-name")
                .match((Labeled l) -> "Laura".equals(l.getText())).queryAs(Node.class));
        waitUntil(() -> entry("Blijft nieuwsgierig naar andere culturen") != null);
        UiFixture.waitForLayout();

        Node low = entry("Blijft nieuwsgierig naar andere culturen");
        assertThat(low.getStyleClass()).contains("search-match");
        assertThat(inSight(robot.lookup("#canvas-view").queryAs(ScrollPane.class), low))
                .as("the marked note below the fold, scrolled into sight").isTrue();
    }

    @Test
    void thePersonasOwnNotesFoundByTheSearchAreShownAndMarked() {
        waitUntil(() -> document().workbook().personas().size() == 2);
        robot.interact(() -> document().apply("test", null, wb -> wb.updatePersona("p-laura",
                p -> p.withNotes("Rol: uit joost.pcanvas"))));

        robot.clickOn("#persona-filter");
        TypedText.write(robot, "joost.pcanvas");
        waitUntil(() -> ui.personaNamesInList().equals(List.of("Laura")));
        robot.clickOn(robot.lookup("#persona-tree .persona-name")
                .match((Labeled l) -> "Laura".equals(l.getText())).queryAs(Node.class));
        waitUntil(() -> robot.lookup("#canvas-notes").tryQuery().map(Node::isVisible).orElse(false));

        TextInputControl notes = robot.lookup("#canvas-notes").queryAs(TextInputControl.class);
        assertThat(notes.getText()).isEqualTo("Rol: uit joost.pcanvas");
        assertThat(notes.getStyleClass()).as("the notes field found by the search").contains("search-match");
        assertThat(notes.getAccessibleHelp()).isEqualTo("Gevonden met je zoektekst");
        // Its label in the column of the header's other labels (it started under the portrait).
        robot.interact(() -> {
            Label notesLabel = labelOf(notes);
            Node nameField = robot.lookup("#canvas-name").query();
            assertThat(notesLabel.getText()).isEqualTo("Aantekeningen");
            assertThat(leftEdge(notesLabel)).as("'Aantekeningen' under 'Naam'")
                    .isCloseTo(leftEdge(labelOf(nameField)), org.assertj.core.data.Offset.offset(1.0));
            assertThat(leftEdge(notes)).as("the notes under the fields")
                    .isCloseTo(leftEdge(nameField), org.assertj.core.data.Offset.offset(1.0));
        });
        UiFixture.waitForLayout();
        assertThat(inSight(robot.lookup("#canvas-view").queryAs(ScrollPane.class), notes))
                .as("the marked notes field, at the top of the canvas, still in sight").isTrue();

        robot.clickOn("#persona-filter").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .type(KeyCode.BACK_SPACE);
        waitUntil(() -> !notes.getStyleClass().contains("search-match"));

        robot.clickOn(notes).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        TypedText.write(robot, "Rol gekozen");
        waitUntil(() -> document().workbook().persona("p-laura").orElseThrow().notes().equals("Rol gekozen"));
    }

    @Test
    void aPersonaWithoutNotesShowsNoNotesField() {
        waitUntil(() -> document().workbook().personas().size() == 2);
        robot.clickOn(robot.lookup("#persona-tree .persona-name")
                .match((Labeled l) -> "Laura".equals(l.getText())).queryAs(Node.class));
        waitUntil(() -> entry(FOUND) != null);
        assertThat(document().workbook().persona("p-laura").orElseThrow().notes()).isEmpty();
        assertThat(robot.lookup("#canvas-notes").queryAs(Node.class).isVisible()).isFalse();
        assertThat(robot.lookup(".field-label").queryAllAs(Label.class)).filteredOn(Node::isVisible)
                .extracting(Label::getText).doesNotContain("Aantekeningen");
    }

    private Label labelOf(Node field) {
        return robot.lookup(".field-label").queryAllAs(Label.class).stream().filter(l -> l.getLabelFor() == field)
                .findFirst().orElseThrow();
    }

    private static double leftEdge(Node node) {
        return node.localToScene(node.getLayoutBounds()).getMinX();
    }

    private static boolean inSight(ScrollPane pane, Node node) {
        Bounds view = pane.localToScene(pane.getLayoutBounds());
        Bounds shown = node.localToScene(node.getLayoutBounds());
        return shown.getMinY() >= view.getMinY() && shown.getMaxY() <= view.getMaxY();
    }

    /** The sticky note whose text is {@code text}, as the user reads it; null while none shows it. */
    private Node entry(String text) {
        return robot.lookup(".entry").match((Node n) -> n.lookup(".entry-text") instanceof TextInputControl t
                && text.equals(t.getText())).tryQuery().orElse(null);
    }
}
