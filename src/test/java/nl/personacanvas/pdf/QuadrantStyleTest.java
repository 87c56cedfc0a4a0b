package nl.personacanvas.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.util.Arrays;
import nl.personacanvas.model.Quadrant;
import org.junit.jupiter.api.Test;

class QuadrantStyleTest {

    @Test
    void fillsStayDistinctInGreyscaleAndTextKeepsHighContrast() {
        double[] greys = Arrays.stream(Quadrant.values()).map(QuadrantStyle::fill)
                .mapToDouble(c -> 0.299 * c.getRed() + 0.587 * c.getGreen() + 0.114 * c.getBlue()).sorted().toArray();
        for (int i = 1; i < greys.length; i++) {
            assertThat(greys[i] - greys[i - 1]).as("grey step %d", i).isGreaterThanOrEqualTo(15);
        }
        for (Quadrant q : Quadrant.values()) {
            assertThat(contrast(QuadrantStyle.fill(q), QuadrantStyle.TEXT)).as(q.key()).isGreaterThanOrEqualTo(7);
        }
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
