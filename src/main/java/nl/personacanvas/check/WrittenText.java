package nl.personacanvas.check;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A statement as written, folded the way the analyser folds its words (lower case, accents dropped), for the few
 * tests that must see the punctuation between words ("Creatief: haalt ...", "Studenten weten: de docent ...").
 */
final class WrittenText {
    private WrittenText() {
    }

    static String folded(String text) {
        // Text in ASCII (most) has nothing to decompose and no marks to drop: lower case is the whole folding.
        return ascii(text) ? text.toLowerCase(Locale.ROOT)
                : Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    private static boolean ascii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= '\u0080') {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code text} writes the word {@code surface} (lower case, plain letters) with a capital somewhere, as a
     * whole word. Asked only for the few words whose capital decides ({@code WrittenCues}), so a scan is cheap.
     */
    static boolean capitalised(String text, String surface) {
        int n = surface.length();
        for (int at = 0; at + n <= text.length(); at++) {
            if (Character.isUpperCase(text.charAt(at)) && text.regionMatches(true, at, surface, 0, n)
                    && (at == 0 || !Character.isLetter(text.charAt(at - 1)))
                    && (at + n == text.length() || !Character.isLetter(text.charAt(at + n)))) {
                return true;
            }
        }
        return false;
    }
}
