package nl.personacanvas.pdf;

import java.awt.Color;
import nl.personacanvas.model.Quadrant;

/**
 * The colours a poster draws with: the quadrant fills and both text colours of {@link QuadrantPalette} (the muted
 * grey was a colour of its own, 4.2:1 on the rose Houding fill), rules in grey.
 */
final class QuadrantStyle {
    static final Color TEXT = Color.decode(QuadrantPalette.TEXT);
    static final Color MUTED_TEXT = Color.decode(QuadrantPalette.MUTED_TEXT);
    static final Color RULE = new Color(0x88, 0x88, 0x88);

    private QuadrantStyle() {
    }

    static Color fill(Quadrant quadrant) {
        return Color.decode(QuadrantPalette.fill(quadrant));
    }
}
