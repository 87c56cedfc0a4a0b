package nl.personacanvas.pdf;

import java.awt.Color;
import nl.personacanvas.merge.Coverage;

/**
 * The colours of the comparison and coverage views, shared by the screen and the PDF so a printed twin tag
 * or heatmap cell has the colour people saw in the window.
 */
public final class ComparisonPalette {
    private static final String[] TWINS = {"#e6194b", "#3cb44b", "#4363d8", "#f58231", "#911eb4", "#42d4f4",
        "#f032e6", "#9a6324", "#469990", "#808000"};
    static final Color MISSING_TEXT = new Color(0xA4, 0x00, 0x00);
    static final Color MISSING_FILL = new Color(0xFD, 0xE8, 0xE8);
    static final Color GAP = new Color(0xC0, 0x00, 0x00);
    static final Color HEADING_FILL = new Color(0xE8, 0xEE, 0xF6);
    static final Color BAR = new Color(0x2F, 0x6D, 0xB5);

    private ComparisonPalette() {
    }

    /** The colour of twin group {@code group} as CSS hex; the palette repeats after ten groups. */
    public static String twinHex(int group) {
        return TWINS[Math.floorMod(group, TWINS.length)];
    }

    static Color twin(int group) {
        return Color.decode(twinHex(group));
    }

    static Color coverage(Coverage coverage) {
        return switch (coverage) {
            case LINKED -> new Color(0x1B, 0x7F, 0x3B);
            case MATCHED -> new Color(0x8F, 0xD1, 0x9E);
            case MISSING -> new Color(0xE3, 0x5D, 0x5D);
            case NOT_EXPECTED -> new Color(0xE6, 0xE6, 0xE6);
        };
    }
}
