package nl.personacanvas.check;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Languages side by side by their codes, as a word list or an instruction names them ("woordkaart NL-DU-FR",
 * "de veiligheidsinstructie NL/PL", "een menukaart DE-NL"): two or more two-letter codes in capitals joined by hyphens
 * or slashes, each a language's (ISO 639-1, and DU, the Dutch abbreviation of Duits), one of them Dutch or English,
 * not all the same (session 22, gen22). "NL-Alert", "HR-afdeling" and "AR/VR" are no such pair: a longer word, one
 * code, or no Dutch or English.
 */
final class LanguagePairs {
    private static final Pattern CODES =
            Pattern.compile("(?<![\\p{L}\\d/-])(\\p{Lu}{2}(?:[-/]\\p{Lu}{2})+)(?![\\p{L}\\d/-])");
    /** One of the codes is the language of the school or of its lingua franca. */
    private static final Set<String> HOME = Set.of("NL", "EN");

    private final Set<String> languages = new HashSet<>();

    LanguagePairs() {
        for (String code : Locale.getISOLanguages()) {
            if (code.length() == 2) {
                languages.add(code.toUpperCase(Locale.ROOT));
            }
        }
        languages.add("DU");
    }

    boolean foundIn(String text) {
        if (text.indexOf('-') < 0 && text.indexOf('/') < 0) {
            return false;
        }
        Matcher m = CODES.matcher(text);
        while (m.find()) {
            if (pair(m.group(1).split("[-/]"))) {
                return true;
            }
        }
        return false;
    }

    private boolean pair(String[] codes) {
        Set<String> distinct = new HashSet<>();
        boolean home = false;
        for (String code : codes) {
            if (!languages.contains(code)) {
                return false;
            }
            distinct.add(code);
            home |= HOME.contains(code);
        }
        return home && distinct.size() > 1;
    }
}
