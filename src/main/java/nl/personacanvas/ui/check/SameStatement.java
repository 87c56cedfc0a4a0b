package nl.personacanvas.ui.check;

import java.text.Normalizer;
import java.util.Locale;

/**
 * When two sticky notes say the same: the same words, whatever their case, spacing or Unicode composition ("ë" typed
 * as one character or as "e" with a diaeresis, as files from different programs hold it).
 */
final class SameStatement {
    private SameStatement() {
    }

    static String key(String statement) {
        return Normalizer.normalize(statement, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT);
    }
}
