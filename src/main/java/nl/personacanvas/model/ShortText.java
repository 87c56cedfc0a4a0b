package nl.personacanvas.model;

/**
 * How a user's text is shortened where there is room for only its start (an export option, the canvas's headline, a
 * report's table cell, a warning on the command line): the first so many characters, counted in code points and
 * never splitting what a reader sees as one character ({@link Graphemes}), back to the last space when there is one
 * in the second half, and " …". The whole text is always shown elsewhere (a tooltip, the report's cover, the
 * poster); a text that fits comes back unchanged.
 */
public final class ShortText {
    public static final String ELLIPSIS = " \u2026";

    private ShortText() {
    }

    /** {@code text} whole when it has at most {@code most} code points, else its start as above and " …". */
    public static String cut(String text, int most) {
        if (most < 1 || text.codePointCount(0, text.length()) <= most) {
            return text;
        }
        String start = Graphemes.start(text, most);
        int space = start.lastIndexOf(' ');
        if (space > start.length() / 2) {
            start = start.substring(0, space);
        }
        return start.strip() + ELLIPSIS;
    }
}
