package nl.personacanvas.pdf;

import java.util.List;
import java.util.function.Function;
import nl.personacanvas.model.ShortText;

/**
 * A user's text set in at most so many lines where the page has no more room for it (a continuation page's title, a
 * table cell): the text whole when it fits, else the longest start of it that fits ({@link ShortText#cut}, ending in
 * " …"), found by bisection over its length, as the lines {@code wrap} makes of it.
 */
final class FittedLines {

    private FittedLines() {
    }

    /**
     * @param wrap the lines a text is set in (a message around it may add words of its own)
     * @return the lines of the text or of its longest fitting start; of its first character and " …" when even that
     *         is too long
     */
    static List<String> within(String text, int most, Function<String, List<String>> wrap) {
        List<String> whole = wrap.apply(text);
        if (whole.size() <= most) {
            return whole;
        }
        List<String> best = null;
        int low = 1;
        int high = text.codePointCount(0, text.length()) - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            List<String> trial = wrap.apply(ShortText.cut(text, mid));
            if (trial.size() <= most) {
                best = trial;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return best != null ? best : wrap.apply(ShortText.cut(text, 1));
    }
}
