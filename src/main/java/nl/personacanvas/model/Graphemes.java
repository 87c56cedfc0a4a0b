package nl.personacanvas.model;

import com.ibm.icu.text.BreakIterator;

/**
 * Where a user's text may be cut without splitting what a reader sees as one character: a letter with its accents
 * written as combining marks, a flag (two regional letters), an emoji with a skin tone or a family joined by
 * zero-width joiners. Counting code points alone kept emoji whole but could leave half a flag, a lone accent or half
 * a family at the end of a cut name or note. ICU's character breaks follow Unicode's extended grapheme clusters,
 * which the JDK 17 break iterator does not (it splits flags and joined emoji).
 */
public final class Graphemes {

    private Graphemes() {
    }

    /**
     * The longest start of {@code text} of at most {@code codePoints} code points that ends between two
     * user-perceived characters; the whole text when it has no more code points than that.
     */
    public static String start(String text, int codePoints) {
        if (codePoints <= 0) {
            return "";
        }
        if (text.codePointCount(0, text.length()) <= codePoints) {
            return text;
        }
        int end = text.offsetByCodePoints(0, codePoints);
        BreakIterator characters = BreakIterator.getCharacterInstance();
        characters.setText(text);
        return text.substring(0, characters.isBoundary(end) ? end : characters.preceding(end));
    }
}
