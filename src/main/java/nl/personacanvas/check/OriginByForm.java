package nl.personacanvas.check;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A town's, region's or people's adjective abroad that no cue list names, recognised by its form: a capitalised word
 * inside the sentence ending as such adjectives do (-aans, -ees, -ijns, -aals, -isch, inflected or as the people's
 * plural: Napolitaanse, Milanese, Florentijnse, Provençaalse, Napolitanen, Milanezen) that OpenTaal holds as a name
 * ({@code dutch-names.txt}). Dutch places make their adjectives with -s (Amsterdamse, Zeeuwse, Brabantse), so these
 * endings are nearly always a place abroad; the few that are not (first names in the genitive, Dutch villages, styles
 * of building, idioms: Sebastiaans, Overflakkees, Gotisch, Bourgondisch) are listed in {@code origin-by-form.txt}
 * (session 23, gen23). The cue lists name the countries and big cities; this reaches the trade's own towns and regions
 * ("een Napolitaans maatatelier", "een Milanese koffiebranderij") in any trade.
 */
final class OriginByForm {
    /** The adjectives' endings as OpenTaal writes them (folded). */
    private static final List<String> ENDINGS = List.of("aans", "ees", "ijns", "aals", "isch");
    /** Streets and roads: Napelslaan is no adjective. */
    private static final List<String> NOT_ENDINGS = List.of("laans", "baans");
    /** Shorter words in these endings are too often a Dutch word or a name by chance (Zaans, Fries). */
    private static final int MIN_LENGTH = 7;
    private static final String NOT_ORIGINS = "not origins";

    /** The adjectives, folded: Napolitaans, Milanees, Florentijns. */
    private final Set<String> adjectives = new HashSet<>();

    OriginByForm() {
        Set<String> notOrigins = new HashSet<>();
        Sections.read("origin-by-form.txt").getOrDefault(NOT_ORIGINS, List.of())
                .forEach(word -> notOrigins.add(fold(word)));
        for (String name : ResourceText.lines("dutch-names.txt")) {
            String folded = fold(name);
            if (name.length() >= MIN_LENGTH && Character.isUpperCase(name.charAt(0)) && adjectiveForm(folded)
                    && !notOrigins.contains(folded)) {
                adjectives.add(folded);
            }
        }
    }

    private static boolean adjectiveForm(String folded) {
        for (String end : NOT_ENDINGS) {
            if (folded.endsWith(end)) {
                return false;
            }
        }
        for (String end : ENDINGS) {
            if (folded.endsWith(end)) {
                return true;
            }
        }
        return false;
    }

    private static String fold(String word) {
        return WordAnalysis.fold(word.toCharArray(), word.length());
    }

    /**
     * Whether the statement holds such an adjective or people inside a sentence. The gate is a pass over the
     * characters: only a capital after a space that follows no sentence's end, on a word of {@link #MIN_LENGTH} or
     * more letters ending in s, e or n, is folded and looked up.
     */
    boolean foundIn(String text) {
        for (int i = 1; i < text.length(); i++) {
            if (text.charAt(i - 1) != ' ' || !Character.isUpperCase(text.charAt(i))) {
                continue;
            }
            int end = i;
            while (end < text.length() && Character.isLetter(text.charAt(end))) {
                end++;
            }
            char last = text.charAt(end - 1);
            if (end - i >= MIN_LENGTH && (last == 's' || last == 'e' || last == 'n') && insideSentence(text, i - 1)
                    && known(fold(text.substring(i, end)))) {
                return true;
            }
            i = end;
        }
        return false;
    }

    /** Whether the space at {@code space} follows a word and no sentence's end (". ", "? ", ": "). */
    private static boolean insideSentence(String text, int space) {
        int j = space - 1;
        while (j >= 0 && text.charAt(j) == ' ') {
            j--;
        }
        if (j < 0) {
            return false;
        }
        char c = text.charAt(j);
        return c != '.' && c != '!' && c != '?' && c != ':';
    }

    /**
     * The word as written or put back to the form OpenTaal holds: the inflected adjective (Napolitaanse, Milanese,
     * Florentijnse, Baskische) and the people, one or many (Napolitaan, Napolitanen, Milanezen, Florentijnen).
     */
    private boolean known(String word) {
        return adjectives.contains(word)
                || word.endsWith("e") && (adjectives.contains(cut(word, 1))
                        || word.endsWith("ese") && adjectives.contains(cut(word, 3) + "ees"))
                || word.endsWith("aan") && adjectives.contains(word + "s")
                || word.endsWith("anen") && adjectives.contains(cut(word, 4) + "aans")
                || word.endsWith("ezen") && adjectives.contains(cut(word, 4) + "ees")
                || word.endsWith("ijnen") && adjectives.contains(cut(word, 2) + "s");
    }

    private static String cut(String word, int n) {
        return word.substring(0, word.length() - n);
    }
}
