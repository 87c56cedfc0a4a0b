import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.geom.PathIterator;
import java.io.InputStream;
import java.util.Locale;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * Prints the SVG path data of the Material icons that ui.controls.PathIcon draws: the glyph outlines of the
 * icon font in Ikonli's Material 2 pack (Google's Material Icons, Apache-2.0), on the icons' 24 px grid with
 * the origin at the top left, as the font draws them. Run from the project root:
 *   java -cp "$(ls ~/.m2/repository/org/kordamp/ikonli/ikonli-{core,material2-pack}/12.3.1/*.jar | paste -sd:)" \
 *       packaging/icon-paths/IconPaths.java
 */
public class IconPaths {
    private static final String FONT = "/META-INF/resources/material2/20200820/fonts/MaterialIcons.ttf";
    private static final float GRID = 24f;

    public static void main(String[] args) throws Exception {
        Font font;
        try (InputStream in = IconPaths.class.getResourceAsStream(FONT)) {
            font = Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(GRID);
        }
        FontRenderContext context = new FontRenderContext(null, true, true);
        Ikon[] icons = {Material2AL.ADD, Material2AL.CONTENT_COPY, Material2AL.DELETE_OUTLINE, Material2AL.LIST_ALT,
            Material2MZ.PERSON_ADD};
        for (Ikon icon : icons) {
            String glyph = new String(Character.toChars(icon.getCode()));
            // The font's ascent is the whole grid and its descent 0: the baseline is the grid's bottom edge.
            PathIterator outline = font.createGlyphVector(context, glyph).getOutline(0, GRID).getPathIterator(null);
            StringBuilder path = new StringBuilder();
            double[] c = new double[6];
            for (; !outline.isDone(); outline.next()) {
                switch (outline.currentSegment(c)) {
                    case PathIterator.SEG_MOVETO -> path.append('M').append(points(c, 1));
                    case PathIterator.SEG_LINETO -> path.append('L').append(points(c, 1));
                    case PathIterator.SEG_QUADTO -> path.append('Q').append(points(c, 2));
                    case PathIterator.SEG_CUBICTO -> path.append('C').append(points(c, 3));
                    default -> path.append('Z');
                }
            }
            System.out.println(((Enum<?>) icon).name() + " " + path);
        }
    }

    private static String points(double[] c, int count) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 2 * count; i++) {
            s.append(i == 0 ? "" : " ").append(number(c[i]));
        }
        return s.toString();
    }

    private static String number(double v) {
        String s = String.format(Locale.ROOT, "%.3f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
        return s.equals("-0") ? "0" : s;
    }
}
