package nl.personacanvas.ui.canvas;

import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import nl.personacanvas.ui.MainWindowUiTest;
import nl.personacanvas.ui.UiFixture;
import org.junit.jupiter.api.Test;

/**
 * Session 25 (rob25): the Naam field showed "فاطمة El Amrani" as "El Amrani فاطمة" (JavaFX lays a field's line out
 * by its first letter), while the list, the headline above the field, the comparison's heads and the PDFs say
 * "فاطمة El Amrani". The field now shows the name as typed, left to right, and stores exactly what was typed.
 */
class NameFieldBidiUiTest extends MainWindowUiTest {
    private static final String ARABIC = "\u0641\u0627\u0637\u0645\u0629";
    private static final String FATIMA = ARABIC + " El Amrani";
    /** An all-Arabic name: ʿAbd ar-Raḥmān al-ʿAmrānī. */
    private static final String ABD = "\u0639\u0628\u062F \u0627\u0644\u0631\u062D\u0645\u0646 \u0627\u0644\u0639\u0645\u0631\u0627\u0646\u064A";

    @Test
    void aNameStartingInArabicShowsAsTypedEverywhereAndIsStoredAsTyped() throws Exception {
        waitUntil(() -> ui.personaNamesInList().size() == 2);
        robot.clickOn("Laura");
        String id = personaId("Laura");
        TextField field = robot.lookup("#canvas-name").queryAs(TextField.class);
        robot.clickOn(field).push(KeyCode.CONTROL, KeyCode.A).write(FATIMA);
        waitUntil(() -> name(id).equals(FATIMA));
        UiFixture.waitForLayout();

        robot.interact(() -> {
            assertArabicPartFirst(shownText(field, "El Amrani"));
            assertThat(field.getSelectedText()).as("nothing selected after typing").isEmpty();
            assertThat(field.getCaretPosition()).as("the caret after the last letter").isEqualTo(field.getLength());
        });

        // Typed in front: a Latin title makes it a left-to-right name; taken away again, the Arabic leads again.
        robot.push(KeyCode.HOME).write("Dr. ");
        waitUntil(() -> name(id).equals("Dr. " + FATIMA));
        robot.interact(() -> assertThat(field.getText()).isEqualTo("Dr. " + FATIMA));
        for (int i = 0; i < 4; i++) {
            robot.push(KeyCode.BACK_SPACE);
        }
        waitUntil(() -> name(id).equals(FATIMA));
        UiFixture.waitForLayout();
        robot.interact(() -> assertArabicPartFirst(shownText(field, "El Amrani")));
        // A key pressed at the very start lands in front of the name, not in front of anything invisible.
        robot.push(KeyCode.HOME).push(KeyCode.DELETE);
        waitUntil(() -> name(id).equals(FATIMA.substring(1)));
        robot.write(ARABIC.substring(0, 1));
        waitUntil(() -> name(id).equals(FATIMA));

        // A copy of the whole field is the name as typed.
        robot.push(KeyCode.CONTROL, KeyCode.A).push(KeyCode.CONTROL, KeyCode.C);
        robot.interact(() -> assertThat(Clipboard.getSystemClipboard().getString()).isEqualTo(FATIMA));

        // The list's line, the headline and the comparison's head read the same way.
        robot.interact(() -> assertArabicPartFirst(robot.lookup(".persona-name").queryAllAs(Label.class).stream()
                .filter(l -> l.getText().contains("El Amrani")).findFirst().orElseThrow()));
        robot.interact(() -> {
            Text headline = (Text) robot.lookup("#canvas-headline").queryAs(Label.class).lookup(".text");
            String shown = headline.getText();
            assertThat(caretX(headline, shown.indexOf("El Amrani"))).as("the Arabic name left of El Amrani")
                    .isGreaterThan(caretX(headline, shown.indexOf(ARABIC)));
            assertThat(caretX(headline, shown.indexOf("begeleidt"))).as("the role after the name")
                    .isGreaterThan(caretX(headline, shown.indexOf("El Amrani")));
        });
        List<String> ids = List.of(id, personaId("Ahmed"));
        robot.interact(() -> ui.window.comparison().open(ids));
        waitUntil(() -> ui.window.comparison().shown() != null && ui.window.comparison().shown().isShowing());
        Node compare = ui.window.comparison().shown().getScene().getRoot();
        waitUntil(() -> compare.lookup("#compare-persona-0") != null);
        UiFixture.waitForLayout();
        robot.interact(() -> assertArabicPartFirst((Label) compare.lookup("#compare-persona-0")));
        robot.interact(() -> ui.window.comparison().shown().hide());

        robot.clickOn(field).push(KeyCode.CONTROL, KeyCode.S);
        waitUntil(() -> !document().isDirty());
        assertThat(ui.store.load(twente()).persona(id).orElseThrow().name()).as("saved as typed").isEqualTo(FATIMA);
    }

    @Test
    void anAllArabicNameIsStoredAsTypedAndStartsAtTheFieldsLeft() {
        waitUntil(() -> ui.personaNamesInList().size() == 2);
        robot.clickOn("Laura");
        String id = personaId("Laura");
        TextField field = robot.lookup("#canvas-name").queryAs(TextField.class);
        robot.clickOn(field).push(KeyCode.CONTROL, KeyCode.A).write(ABD);
        waitUntil(() -> name(id).equals(ABD));
        UiFixture.waitForLayout();
        robot.interact(() -> {
            Text shown = shownText(field, ABD);
            double left = shown.getLayoutBounds().getMinX();
            assertThat(caretX(shown, shown.getText().indexOf(ABD))).as("the first letter at the name's right end")
                    .isGreaterThan(caretX(shown, shown.getText().length()));
            assertThat(caretX(shown, shown.getText().length())).as("its end at the field's left, as every field's")
                    .isCloseTo(left, org.assertj.core.data.Offset.offset(2.0));
        });
    }

    private String name(String id) {
        return document().workbook().persona(id).orElseThrow().name();
    }

    private static Text shownText(TextField field, String part) {
        return field.lookupAll(".text").stream().filter(Text.class::isInstance).map(Text.class::cast)
                .filter(t -> t.getText().contains(part)).findFirst().orElseThrow();
    }

    private static void assertArabicPartFirst(Labeled label) {
        assertArabicPartFirst((Text) label.lookup(".text"));
    }

    /** The line's left end is a letter of the Arabic name, its right end the end of "El Amrani". */
    private static void assertArabicPartFirst(Text text) {
        String shown = text.getText();
        int latin = shown.indexOf("El Amrani");
        Bounds line = text.getLayoutBounds();
        int leftmost = text.hitTest(new Point2D(line.getMinX() + 2, line.getMinY() + 4)).getCharIndex();
        int rightmost = text.hitTest(new Point2D(line.getMinX() + text.prefWidth(-1) - 2, line.getMinY() + 4))
                .getCharIndex();
        assertThat(leftmost).as("the character at the line's left end, in \"%s\"", shown).isLessThan(latin);
        assertThat(rightmost).as("the character at the line's right end: the end of El Amrani")
                .isGreaterThanOrEqualTo(shown.length() - 2);
    }

    private static double caretX(Text text, int index) {
        return ((javafx.scene.shape.MoveTo) text.caretShape(index, true)[0]).getX();
    }
}
