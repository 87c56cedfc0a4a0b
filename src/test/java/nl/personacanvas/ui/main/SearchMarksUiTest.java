package nl.personacanvas.ui.main;

import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import nl.personacanvas.model.Entry;
import nl.personacanvas.ui.MainWindowUiTest;
import org.junit.jupiter.api.Test;

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

        robot.clickOn("#persona-filter").write("crisisprotocol");
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

    /** The sticky note whose text is {@code text}, as the user reads it; null while none shows it. */
    private Node entry(String text) {
        return robot.lookup(".entry").match((Node n) -> n.lookup(".entry-text") instanceof TextInputControl t
                && text.equals(t.getText())).tryQuery().orElse(null);
    }
}
