package nl.personacanvas.ui.canvas;

import static nl.personacanvas.ui.UiFixture.paste;
import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.MoveTo;
import javafx.scene.text.Text;
import nl.personacanvas.model.Entry;
import nl.personacanvas.model.Quadrant;
import nl.personacanvas.ui.MainWindowUiTest;
import nl.personacanvas.ui.controls.GrowingTextArea;
import org.junit.jupiter.api.Test;
import nl.personacanvas.ui.UiFixture;

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
        String id = addArabicEntryToLaurasDesign();

        assertDrawnOnce(id);
        // Left, the card is painted by the light read skin: the same text layout, the same check.
        robot.clickOn("#canvas-name");
        UiFixture.waitForLayout();
        assertDrawnOnce(id);
    }

    /**
     * An entry that starts in Arabic reads from the right on every line: the area is right to left, so each line
     * ends at the card's right edge, the short last one too (as on the poster). Before, the card was left to right
     * and its lines were aligned left. A Dutch entry with an Arabic word stays left to right.
     */
    @Test
    void anArabicEntryReadsFromTheRightOnEveryLine() {
        String arabic = addArabicEntryToLaurasDesign();
        List<Entry> entries;
        robot.type(KeyCode.ENTER);
        paste(robot, "Spreekt ouders aan in het Arabisch: \u0645\u0631\u062D\u0628\u0627");
        UiFixture.waitForLayout();
        entries = document().workbook().persona("p-laura").orElseThrow().canvas().entries(Quadrant.DESIGN);
        String dutch = entries.get(entries.size() - 1).id();

        assertReadsFromTheRight(arabic);
        assertThat(((GrowingTextArea) EntryNodes.part(robot, dutch, "entry-text")).isRightToLeft()).isFalse();
        robot.clickOn("#canvas-name");
        UiFixture.waitForLayout();
        assertReadsFromTheRight(arabic);
    }

    /**
     * Read from the picture of the area, as a user sees it: JavaFX's caret and range shapes of a right-to-left
     * text area come out as if it were left to right, so they cannot tell where a line is drawn.
     */
    private void assertReadsFromTheRight(String entryId) {
        robot.interact(() -> {
            GrowingTextArea area = (GrowingTextArea) EntryNodes.part(robot, entryId, "entry-text");
            assertThat(area.isRightToLeft()).isTrue();
            List<double[]> lines = inkPerLine(area.snapshot(null, null));
            assertThat(lines).as("the entry wraps").hasSizeGreaterThan(1);
            double right = lines.get(0)[1];
            assertThat(lines).as("each line's left and right ink edge").allSatisfy(
                    line -> assertThat(line[1]).isCloseTo(right, within(3.0)));
            double[] last = lines.get(lines.size() - 1);
            assertThat(last[0]).as("the short last line starts right of the first line's start")
                    .isGreaterThan(lines.get(0)[0] + 20);
        });
    }

    /** Per band of rows with dark pixels (a line of text): its leftmost and rightmost dark column (the caret's included). */
    private static List<double[]> inkPerLine(Image image) {
        PixelReader pixels = image.getPixelReader();
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        List<double[]> lines = new ArrayList<>();
        double[] line = null;
        for (int y = 3; y < height - 3; y++) {
            int min = Integer.MAX_VALUE;
            int max = -1;
            for (int x = 3; x < width - 3; x++) {
                if (pixels.getColor(x, y).getBrightness() < 0.45) {
                    min = Math.min(min, x);
                    max = x;
                }
            }
            // A row with a thin mark only is the caret's (1-2 px), not a line of text.
            if (max - min < 4) {
                line = null;
            } else if (line == null) {
                line = new double[] {min, max};
                lines.add(line);
            } else {
                line[0] = Math.min(line[0], min);
                line[1] = Math.max(line[1], max);
            }
        }
        return lines;
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

    /** Opens Laura with the side panel shown and pastes {@link #ARABIC} as a new design entry; returns its id. */
    private String addArabicEntryToLaurasDesign() {
        waitUntil(() -> ui.personaNamesInList().size() == 2);
        // The side panel open, as on a 1280 px screen: a quarter of the window per quadrant, so the entry wraps.
        robot.interact(() -> ui.window.viewModel().sidePanelShownProperty().set(true));
        waitUntil(() -> robot.lookup("#side-tabs").tryQuery().isPresent());
        robot.clickOn("Laura");
        robot.clickOn("#add-design");
        paste(robot, ARABIC);
        UiFixture.waitForLayout();
        List<Entry> entries = document().workbook().persona("p-laura").orElseThrow().canvas().entries(Quadrant.DESIGN);
        assertThat(entries.get(entries.size() - 1).text()).isEqualTo(ARABIC);
        return entries.get(entries.size() - 1).id();
    }
}
