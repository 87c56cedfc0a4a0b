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
}
