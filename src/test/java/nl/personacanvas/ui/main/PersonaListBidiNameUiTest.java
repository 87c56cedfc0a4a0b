package nl.personacanvas.ui.main;

import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import nl.personacanvas.ui.MainWindowUiTest;
import nl.personacanvas.ui.Menus;
import org.junit.jupiter.api.Test;

/**
 * Session 22, a coordinator's list after importing a panel's file: the persona "أمينة El Amrani" (her Arabic given
 * name first, as she typed it) was listed as "El Amrani أمينة", the line laid out right to left because it starts with
 * an Arabic letter, while the canvas headline and the posters name her "أمينة El Amrani …"; the export's list of
 * personas the same. Both lines are now left to right like the rest of the window, the Arabic word keeping its own
 * order inside it.
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
        robot.interact(() -> assertArabicPartFirst(robot.lookup(".persona-name").queryAllAs(Label.class).stream()
                .filter(l -> l.getText().contains("El Amrani")).findFirst().orElseThrow()));

        String id = persona(NAME).id();
        Menus.choose(robot, "menu-file", "menu-file-export");
        waitUntil(() -> robot.lookup("#export-persona-" + id).tryQuery().isPresent());
        robot.interact(() -> assertArabicPartFirst(robot.lookup("#export-persona-" + id).queryAs(Labeled.class)));
        robot.clickOn("#export-scope-selected").clickOn("#export-persona-" + id);
        robot.interact(() -> assertThat(robot.lookup("#export-persona-" + id).queryAs(CheckBox.class).isSelected())
                .as("her box ticks").isTrue());
        robot.push(KeyCode.ESCAPE);
    }

    /** The line's left end is a letter of the Arabic name, its right end the end of "El Amrani". */
    private static void assertArabicPartFirst(Labeled label) {
        Text text = (Text) label.lookup(".text");
        String shown = text.getText();
        int latin = shown.indexOf("El Amrani");
        Bounds line = text.getLayoutBounds();
        int leftmost = text.hitTest(new Point2D(line.getMinX() + 2, line.getMinY() + 4)).getCharIndex();
        int rightmost = text.hitTest(new Point2D(text.prefWidth(-1) - 2, line.getMinY() + 4)).getCharIndex();
        assertThat(leftmost).as("the character at the line's left end, in \"%s\"", shown).isLessThan(latin);
        assertThat(rightmost).as("the character at the line's right end: the end of El Amrani")
                .isGreaterThanOrEqualTo(shown.length() - 2);
    }
}
