package nl.personacanvas.pdf;

import java.util.List;
import java.util.function.Function;
import nl.personacanvas.model.ShortText;

/**
 * How a poster's first page sets its headline ("Laura begeleidt … Zij …"). A headline is read from across the room:
 * bold, 22 pt shrinking to 14 pt, in at most {@link #TITLE_LINES} lines. A longer one (a name of 300 characters took
 * five lines, a role of a few sentences ten, the longest name and role 22 lines and the whole first page) keeps its
 * first three bold lines, ending in " …", and goes on under them at the size of the activity line, starting with
 * "… ", so the panel's words stay on the poster in reading order. Only what even that leaves too long (more than
 * {@link #REST_LINES} small lines, a name and a role of the longest lengths) is cut, and the export warns for it.
 */
final class PosterHeadline {
    static final int TITLE_LINES = 3;
    /** Small lines under the bold ones at most: about the room of two bold lines more. */
    static final int REST_LINES = 6;
    private static final String LEAD = "\u2026 ";

    /**
     * @param title     the bold lines
     * @param titleSize their size
     * @param rest      the rest of the headline in small lines, empty when the bold lines hold it all
     * @param cut       whether some of the headline is not printed (the rest was cut as well)
     */
    record Set(List<String> title, float titleSize, List<String> rest, boolean cut) {
    }

    private PosterHeadline() {
    }

    /**
     * @param bold  the bold lines a text is set in at a size
     * @param small the small lines a text is set in
     */
    static Set of(String headline, float maxSize, float minSize, float step, BoldWrap bold,
                  Function<String, List<String>> small) {
        float size = maxSize;
        List<String> title = bold.wrap(headline, size);
        while (title.size() > TITLE_LINES && size > minSize) {
            size = Math.max(minSize, size - step);
            title = bold.wrap(headline, size);
        }
        if (title.size() <= TITLE_LINES) {
            return new Set(title, size, List.of(), false);
        }
        float smallest = size;
        String start = longestStart(headline, t -> bold.wrap(t, smallest).size() <= TITLE_LINES);
        String rest = LEAD + headline.substring(start.length()).strip();
        List<String> restLines = FittedLines.within(rest, REST_LINES, small);
        boolean cut = small.apply(rest).size() > REST_LINES;
        return new Set(bold.wrap(start + ShortText.ELLIPSIS, size), size, restLines, cut);
    }

    /**
     * The longest start of {@code text}, ended at a space where there is one in its second half, that {@code fits}
     * with " …" after it; at least its first character.
     */
    private static String longestStart(String text, java.util.function.Predicate<String> fits) {
        int low = 1;
        int high = text.codePointCount(0, text.length()) - 1;
        String best = ShortText.cut(text, 1);
        while (low <= high) {
            int mid = (low + high) >>> 1;
            String trial = ShortText.cut(text, mid);
            if (fits.test(trial)) {
                best = trial;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return best.substring(0, best.length() - ShortText.ELLIPSIS.length());
    }

    /** The bold lines of a text at a size. */
    @FunctionalInterface
    interface BoldWrap {
        List<String> wrap(String text, float size);
    }
}
