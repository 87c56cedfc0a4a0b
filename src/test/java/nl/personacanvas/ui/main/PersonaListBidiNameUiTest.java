package nl.personacanvas.ui.main;

import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import nl.personacanvas.ui.MainWindowUiTest;
import org.junit.jupiter.api.Test;

/**
 * Session 22, a coordinator's list after importing a panel's file: the persona "أمينة El Amrani" (her Arabic given
 * name first, as she typed it) was listed as "El Amrani أمينة", the line laid out right to left because it starts with
 * an Arabic letter, while the canvas headline and the posters name her "أمينة El Amrani …". The list's line is now
 * left to right like the rest of the window, the Arabic word keeping its own order inside it.
 */
class PersonaListBidiNameUiTest extends MainWindowUiTest {
    private static final String NAME = "أمينة El Amrani";

    @Test
    void aNameStartingInArabicIsListedWithItsArabicPartFirst() {
        robot.clickOn("Laura");
        robot.doubleClickOn("#canvas-name").push(KeyCode.CONTROL, KeyCode.A).write(NAME);
        waitUntil(() -> document().workbook().personas().stream().anyMatch(p -> p.name().equals(NAME)));

        waitUntil(() -> robot.lookup(".persona-name").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().contains("El Amrani")));
        robot.interact(() -> {
            Label name = robot.lookup(".persona-name").queryAllAs(Label.class).stream()
                    .filter(l -> l.getText().contains("El Amrani")).findFirst().orElseThrow();
            Text text = (Text) name.lookup(".text");
            String shown = text.getText();
            int latin = shown.indexOf("El Amrani");
            int leftmost = text.hitTest(new Point2D(text.getLayoutBounds().getMinX() + 2,
                    text.getLayoutBounds().getCenterY())).getCharIndex();
            int rightmost = text.hitTest(new Point2D(text.getLayoutBounds().getMaxX() - 2,
                    text.getLayoutBounds().getCenterY())).getCharIndex();
            assertThat(leftmost).as("the character at the line's left end, in \"%s\"", shown).isLessThan(latin);
            assertThat(rightmost).as("the character at the line's right end: the end of El Amrani")
                    .isGreaterThanOrEqualTo(shown.length() - 2);
        });
    }
}
