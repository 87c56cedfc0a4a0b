package nl.personacanvas.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.TextField;
import javafx.scene.text.Text;
import nl.personacanvas.ui.MainWindowUiTest;
import org.junit.jupiter.api.Test;
import nl.personacanvas.ui.UiFixture;

/** An emoji in a persona's name is drawn as the emoji, not as the box of a missing glyph. */
class EmojiNameUiTest extends MainWindowUiTest {
    /** A code point no font has (plane 16's last private use one): drawn as the box. */
    private static final String NO_GLYPH = new String(Character.toChars(0x10FFFD));

    /**
     * "Noor 🌍" in the name field: the globe is as wide as the emoji font draws it, not as the box of a missing glyph.
     * The theme's font has no emoji, and the system of a school laptop (and this test's) no emoji font.
     */
    @Test
    void anEmojiInTheNameIsDrawnFromTheEmojiFont() {
        UiFixture.waitForLayout();
        robot.interact(() -> robot.lookup("#persona-new").queryButton().fire());
        robot.interact(() -> robot.lookup("#canvas-name").queryAs(TextField.class).setText("Noor 🌍"));
        UiFixture.waitForLayout();
        robot.interact(() -> {
            TextField name = robot.lookup("#canvas-name").queryAs(TextField.class);
            Text drawn = name.lookupAll(".text").stream().filter(Text.class::isInstance).map(Text.class::cast)
                    .filter(t -> "Noor 🌍".equals(t.getText())).findFirst().orElseThrow();
            double withEmoji = drawn.getLayoutBounds().getWidth();
            Text box = new Text("Noor " + NO_GLYPH);
            box.setFont(drawn.getFont());
            assertThat(withEmoji).as("'Noor 🌍' drawn as wide as 'Noor' and a box")
                    .isNotCloseTo(box.getLayoutBounds().getWidth(), org.assertj.core.data.Offset.offset(0.5));
        });
    }
}
