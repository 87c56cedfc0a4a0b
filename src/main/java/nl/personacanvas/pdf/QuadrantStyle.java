package nl.personacanvas.pdf;

import java.awt.Color;
import nl.personacanvas.model.Quadrant;

/** The colours a poster draws with: the quadrant fills and text of {@link QuadrantPalette}, rules in grey. */
final class QuadrantStyle {
    static final Color TEXT = Color.decode(QuadrantPalette.TEXT);
    static final Color MUTED_TEXT = new Color(0x44, 0x44, 0x44);
    static final Color RULE = new Color(0x88, 0x88, 0x88);

    private QuadrantStyle() {
    }

    static Color fill(Quadrant quadrant) {
        return Color.decode(QuadrantPalette.fill(quadrant));
    }
}
