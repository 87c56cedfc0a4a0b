package nl.personacanvas.ui.canvas;

import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import nl.personacanvas.model.Entry;
import nl.personacanvas.model.Quadrant;
import nl.personacanvas.ui.MainWindowUiTest;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Session 23, a panel member writing a canvas from scratch at 1366 x 768: a note typed to five lines or more showed
 * its first line cut at the top, and stayed so after the caret left it. The note was measured 16.4 px a line while
 * its text is drawn 18 px a line, so the text area was 8 px shorter than its text and scrolled to the caret.
 */
class LongNoteFirstLineUiTest extends MainWindowUiTest {
    private static final String LONG = "Ontwerpt samen met partnerinstellingen in Duitsland, Spanje en Finland een"
            + " stageprogramma met leeruitkomsten die in beide landen erkend worden en die aansluiten bij het"
            + " kwalificatiedossier van de opleiding Verpleegkunde, en legt dat vast in een overeenkomst";

    @Test
    void aLongNoteTypedInShowsItsFirstAndLastLineWhole() {
        waitUntil(() -> ui.personaNamesInList().size() == 2);
        robot.clickOn("Laura");
        robot.clickOn(EntryNodes.part(robot, "e-l1", "entry-text")).push(KeyCode.END).push(KeyCode.ENTER);
        robot.write(LONG);
        WaitForAsyncUtils.waitForFxEvents();

        TextArea area = robot.lookup(".entry-text").match((TextArea t) -> LONG.equals(t.getText())).query();
        assertThat(area.isFocused()).as("the caret still in the note typed in").isTrue();
        Text shown = paragraph(area);
        Bounds text = shown.localToScene(shown.getLayoutBounds());
        Node viewport = area.lookup(".viewport");
        Bounds view = viewport.localToScene(viewport.getLayoutBounds());
        assertThat(text.getHeight()).as("several lines").isGreaterThan(4 * shown.getFont().getSize());
        assertThat(area.getScrollTop()).as("the note scrolled inside itself").isZero();
        assertThat(text.getMinY()).as("the first line's top within the note (%s)", view)
                .isGreaterThanOrEqualTo(view.getMinY());
        assertThat(text.getMaxY()).as("the last line's bottom within the note (%s)", view)
                .isLessThanOrEqualTo(view.getMaxY());

        List<String> design = ui.window.viewModel().document().workbook().persona("p-laura").orElseThrow()
                .canvas().entries(Quadrant.DESIGN).stream().map(Entry::text).toList();
        assertThat(design).contains(LONG);
    }

    /** The editing skin's text of the note's one paragraph (not its prompt, drawn as another text). */
    private static Text paragraph(TextArea area) {
        return area.lookupAll(".text").stream().filter(Text.class::isInstance).map(Text.class::cast)
                .filter(t -> LONG.equals(t.getText())).findFirst().orElseThrow();
    }
}
