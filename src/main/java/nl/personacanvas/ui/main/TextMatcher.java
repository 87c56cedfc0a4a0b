package nl.personacanvas.ui.main;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Filter matching the way people type a search: case and accents ignored ("creeren" finds "creëren"). */
final class TextMatcher {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private final String needle;

    TextMatcher(String query) {
        this.needle = fold(query.strip());
    }

    boolean isEmpty() {
        return needle.isEmpty();
    }

    boolean matches(String text) {
        return fold(text).contains(needle);
    }

    static String fold(String text) {
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
