package nl.personacanvas.pdf;

import java.awt.Color;
import nl.personacanvas.model.Quadrant;

/**
 * The quadrant fills. Four light tints whose grey values lie about 20 levels apart (241, 218, 195, 175
 * on a 0-255 scale) so the quadrants stay distinct on a black-and-white printer, all light enough that
 * the near-black text keeps a contrast ratio above 7:1.
 */
final class QuadrantStyle {
    static final Color TEXT = new Color(0x1A, 0x1A, 0x1A);
    static final Color MUTED_TEXT = new Color(0x44, 0x44, 0x44);
    static final Color RULE = new Color(0x88, 0x88, 0x88);

    private QuadrantStyle() {
    }

    static Color fill(Quadrant quadrant) {
        return switch (quadrant) {
            case DESIGN -> new Color(0xEA, 0xF3, 0xFC);
            case DELIVER -> new Color(0xFB, 0xD8, 0x8A);
            case ORGANISE -> new Color(0xA8, 0xD5, 0xB0);
            case ATTITUDE -> new Color(0xBB, 0xA0, 0xD8);
        };
    }
}
