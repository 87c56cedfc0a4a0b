package nl.personacanvas.ui.canvas;

import static nl.personacanvas.ui.UiFixture.paste;
import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.shape.MoveTo;
import javafx.scene.text.Text;
import nl.personacanvas.model.Entry;
import nl.personacanvas.model.Quadrant;
import nl.personacanvas.ui.MainWindowUiTest;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An Arabic entry that ends in an emoji, wrapped on its card, shows each word once. JavaFX 21 on Linux drew the
 * part of a right-to-left run before a line break with the whole run's glyphs ({@code ComplexTextWrapping}), so
 * the first line ran past the card's edge and the last words and the emoji showed twice.
 */
class RightToLeftCardUiTest extends MainWindowUiTest {
    /** "Helps students with the international internship and keeps in touch with the companies in Germany 🌍". */
    private static final String ARABIC = "\u064A\u0633\u0627\u0639\u062F \u0627\u0644\u0637\u0644\u0627\u0628 "
            + "\u0641\u064A \u0627\u0644\u062A\u062F\u0631\u064A\u0628 \u0627\u0644\u062F\u0648\u0644\u064A "
            + "\u0648\u064A\u0628\u0642\u0649 \u0639\u0644\u0649 \u0627\u062A\u0635\u0627\u0644 \u0645\u0639 "
            + "\u0627\u0644\u0634\u0631\u0643\u0627\u062A \u0641\u064A \u0623\u0644\u0645\u0627\u0646\u064A\u0627 "
            + "\uD83C\uDF0D";

    @Test
    void aWrappedArabicEntryEndingInAnEmojiShowsItsTextOnce() {
        waitUntil(() -> ui.personaNamesInList().size() == 2);
        // The side panel open, as on a 1280 px screen: a quarter of the window per quadrant, so the entry wraps.
        robot.interact(() -> ui.window.viewModel().sidePanelShownProperty().set(true));
        waitUntil(() -> robot.lookup("#side-tabs").tryQuery().isPresent());
        robot.clickOn("Laura");
        robot.clickOn("#add-design");
        paste(robot, ARABIC);
        WaitForAsyncUtils.waitForFxEvents();
        List<Entry> entries = document().workbook().persona("p-laura").orElseThrow().canvas().entries(Quadrant.DESIGN);
        String id = entries.get(entries.size() - 1).id();
        assertThat(entries.get(entries.size() - 1).text()).isEqualTo(ARABIC);

        assertDrawnOnce(id);
        // Left, the card is painted by the light read skin: the same text layout, the same check.
        robot.clickOn("#canvas-name");
        WaitForAsyncUtils.waitForFxEvents();
        assertDrawnOnce(id);
    }

    /**
     * The text wraps onto more than one line and no line's glyphs reach past the width it wraps at. A run drawn
     * twice made the first line a word and an emoji (about 50 px) wider than that.
     */
    private void assertDrawnOnce(String entryId) {
        robot.interact(() -> {
            Node area = EntryNodes.part(robot, entryId, "entry-text");
            Text text = area.lookupAll(".text").stream()
                    .filter(n -> n instanceof Text t && ARABIC.equals(t.getText()))
                    .map(Text.class::cast).findFirst().orElseThrow();
            double firstTop = ((MoveTo) text.caretShape(0, true)[0]).getY();
            double lastTop = ((MoveTo) text.caretShape(ARABIC.length() - 1, true)[0]).getY();
            assertThat(lastTop).as("the entry wraps").isGreaterThan(firstTop);
            // The glyphs' own extent, without the clip the read skin sets to the card's size.
            Node clip = text.getClip();
            text.setClip(null);
            Bounds ink = text.getBoundsInLocal();
            text.setClip(clip);
            assertThat(ink.getWidth()).as("the drawn text's width, wrapped at %s", text.getWrappingWidth())
                    .isLessThanOrEqualTo(text.getWrappingWidth() + 4);
        });
    }
}
