package nl.personacanvas.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import nl.personacanvas.model.Quadrant;
import org.junit.jupiter.api.Test;

class QuadrantPaletteTest {

    /** A black-and-white printer prints the luma; 15 of 255 levels apart stays visible on paper. */
    @Test
    void everyTwoQuadrantsStayApartInGreyscale() {
        for (Quadrant a : Quadrant.values()) {
            for (Quadrant b : Quadrant.values()) {
                if (a.ordinal() < b.ordinal()) {
                    assertThat(Math.abs(grey(fill(a)) - grey(fill(b)))).as("grey of %s vs %s", a, b)
                            .isGreaterThanOrEqualTo(15);
                }
            }
        }
    }

    @Test
    void textOnEveryFillKeepsWcagAaContrast() {
        for (Quadrant q : Quadrant.values()) {
            assertThat(contrast(fill(q), Color.decode(QuadrantPalette.TEXT))).as("text on %s", q)
                    .isGreaterThanOrEqualTo(7);
            assertThat(contrast(fill(q), Color.decode(QuadrantPalette.MUTED_TEXT))).as("muted text on %s", q)
                    .isGreaterThanOrEqualTo(4.5);
        }
    }

    /** The accents are edges and the check panel's bars on a light panel: 3:1 for graphics (WCAG 1.4.11). */
    @Test
    void accentsStandOutOnWhite() {
        for (Quadrant q : Quadrant.values()) {
            assertThat(contrast(Color.decode(QuadrantPalette.accent(q)), Color.WHITE)).as("accent of %s", q)
                    .isGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void thePosterFillsWithThePalette() {
        for (Quadrant q : Quadrant.values()) {
            assertThat(QuadrantStyle.fill(q)).isEqualTo(fill(q));
        }
        assertThat(QuadrantStyle.TEXT).isEqualTo(Color.decode(QuadrantPalette.TEXT));
    }

    private static Color fill(Quadrant q) {
        return Color.decode(QuadrantPalette.fill(q));
    }

    private static double grey(Color c) {
        return 0.299 * c.getRed() + 0.587 * c.getGreen() + 0.114 * c.getBlue();
    }

    private static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(int v) {
        double s = v / 255.0;
        return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }
}
