package nl.personacanvas.ui;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javafx.scene.Scene;
import nl.personacanvas.model.Quadrant;
import nl.personacanvas.pdf.QuadrantPalette;

/**
 * Gives a scene the posters' quadrant colours ({@link QuadrantPalette}) as looked-up colours on its root:
 * {@code -pc-design}, {@code -pc-design-edge} … {@code -pc-attitude-edge}, {@code -pc-quadrant-text},
 * {@code -pc-quadrant-muted}. The stylesheets use those names and never a colour of their own, so screen and
 * paper cannot drift apart. A stylesheet of its own (a data URL) rather than the root's inline style, which
 * would be lost to any later {@code setStyle} on the root.
 */
public final class QuadrantColours {
    private QuadrantColours() {
    }

    public static void applyTo(Scene scene) {
        scene.getStylesheets().add(0, "data:text/css;base64,"
                + Base64.getEncoder().encodeToString(css().getBytes(StandardCharsets.UTF_8)));
    }

    static String css() {
        StringBuilder css = new StringBuilder(".root {\n");
        for (Quadrant q : Quadrant.values()) {
            css.append("    -pc-").append(q.key()).append(": ").append(QuadrantPalette.fill(q)).append(";\n");
            css.append("    -pc-").append(q.key()).append("-edge: ").append(QuadrantPalette.accent(q)).append(";\n");
        }
        css.append("    -pc-quadrant-text: ").append(QuadrantPalette.TEXT).append(";\n");
        css.append("    -pc-quadrant-muted: ").append(QuadrantPalette.MUTED_TEXT).append(";\n");
        return css.append("}\n").toString();
    }
}
