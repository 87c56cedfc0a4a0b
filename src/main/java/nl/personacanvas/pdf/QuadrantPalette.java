package nl.personacanvas.pdf;

import nl.personacanvas.model.Quadrant;

/**
 * The quadrant colours of the window and of the posters, defined once so a team looking from the wall
 * poster to the laptop finds Ontwerpen & Ontwikkelen blue, Uitvoeren & Begeleiden green, Organiseren &
 * Communiceren yellow and Houding rose in both. The window sets them as looked-up colours on its scenes
 * ({@code ui.QuadrantColours}); the posters and the comparison PDF fill with them ({@link QuadrantStyle}).
 *
 * <p>The fills differ in lightness as well as hue: their grey values (Rec. 601 luma) are about 239, 217,
 * 197 and 175, so the four stay apart on a black-and-white printer. Both text colours keep a contrast
 * ratio of at least 4.5:1 (WCAG AA) on each fill ({@code QuadrantPaletteTest}). The accents are the
 * window's darker edge of each quadrant and its coverage bar in the check panel.
 */
public final class QuadrantPalette {
    /** Titles and entries on a fill. */
    public static final String TEXT = "#1a1a1a";
    /** Secondary text on a fill (the quadrant's guiding question). */
    public static final String MUTED_TEXT = "#33383f";

    private QuadrantPalette() {
    }

    /** The quadrant's fill as CSS hex ({@code #rrggbb}). */
    public static String fill(Quadrant quadrant) {
        return switch (quadrant) {
            case DESIGN -> "#c9dcf6";
            case DELIVER -> "#aed3b5";
            case ORGANISE -> "#fdf0c2";
            case ATTITUDE -> "#d19bb9";
        };
    }

    /** The quadrant's accent as CSS hex: a darker shade of the fill's hue, for edges and bars. */
    public static String accent(Quadrant quadrant) {
        return switch (quadrant) {
            case DESIGN -> "#3563b8";
            case DELIVER -> "#2f7a45";
            case ORGANISE -> "#a86b00";
            case ATTITUDE -> "#9c3b6e";
        };
    }
}
