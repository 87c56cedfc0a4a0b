package nl.personacanvas.ui;

import java.text.Bidi;

/**
 * A user's text shown as a line of its own in the app's left-to-right window. JavaFX lays a label out right to left
 * when its first strong character is Arabic or Hebrew, so the name "أمينة El Amrani" read "El Amrani أمينة" in the
 * persona list and the comparison's heads, while the canvas headline, the name field's own order and the posters
 * name her Arabic name first (session 22). A left-to-right mark before the text makes the line left to right; the
 * Arabic inside it keeps its own order. Text that needs no bidi is left as it is.
 */
public final class LeftToRight {
    private static final char LRM = '\u200E';

    private LeftToRight() {
    }

    public static String line(String text) {
        if (text == null || text.isEmpty() || !Bidi.requiresBidi(text.toCharArray(), 0, text.length())) {
            return text;
        }
        return LRM + text;
    }
}
