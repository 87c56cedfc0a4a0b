package nl.personacanvas.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cues matched on words as written (lower case, accents folded), not on stems: names of countries, languages,
 * peoples and places (Tenerife, Shanghai, Marokkaanse), and cue words whose stem is an everyday word (duits,
 * pools). A name of several words (Verenigde Staten, Gran Canaria) matches as a sequence. What the cues make
 * of a word (one or two hash probes, and the few cues matched by their start, {@code =taal*}, tried one by
 * one) is worked out once per distinct word and kept, so a statement costs an array read per word.
 */
final class WrittenCues {
    /** The words after the first of a cue, and the activities it counts for. */
    private record Sequence(String[] rest, Set<String> activities) {
    }

    private record Prefix(String start, Set<String> activities) {
    }

    private static final String ADJECTIVE_ENDING = "e";

    private final Map<String, List<Sequence>> byFirstWord = new HashMap<>();
    private final List<Prefix> prefixes = new ArrayList<>();

    /** @param words the cue's words as the analyser writes them ({@link Word#surface()}) */
    void add(List<String> words, Set<String> activities) {
        if (words.isEmpty()) {
            return;
        }
        String[] rest = words.subList(1, words.size()).toArray(new String[0]);
        byFirstWord.computeIfAbsent(words.get(0), k -> new ArrayList<>(1)).add(new Sequence(rest, activities));
    }

    void addPrefix(String start, Set<String> activities) {
        prefixes.add(new Prefix(start, activities));
    }

    /**
     * What the cues as written make of one word, wherever it stands: the cues that start with it, those that
     * start with it without an adjective's -e, and the scopes of the cues matched by their start, in the
     * order they are tried.
     */
    private record Found(List<Sequence> direct, List<Sequence> adjective, List<Set<String>> prefixScopes) {
    }

    private static final Found NOTHING = new Found(null, null, List.of());

    /** Per distinct word, looked up once for all the statements it occurs in. */
    private final WordSlots<Found> found = new WordSlots<>(word -> find(word.surface()));

    private Found find(String surface) {
        List<Sequence> direct = byFirstWord.get(surface);
        // An adjective of a language or people takes an -e before a noun: Spaans, de Spaanse collega.
        List<Sequence> adjective = surface.length() > 4 && surface.endsWith(ADJECTIVE_ENDING)
                ? adjectiveOf(surface.substring(0, surface.length() - 1)) : null;
        List<Set<String>> scopes = new ArrayList<>(0);
        for (Prefix prefix : prefixes) {
            if (surface.startsWith(prefix.start())) {
                scopes.add(prefix.activities());
            }
        }
        return direct == null && adjective == null && scopes.isEmpty() ? NOTHING
                : new Found(direct, adjective, List.copyOf(scopes));
    }

    /**
     * The cues an adjective's stem (the word without its -e) starts: as written (Spaans), or with the long vowel
     * the -e made single written double again (Maltese: Maltees, Chinese: Chinees, Vietnamese: Vietnamees).
     */
    private List<Sequence> adjectiveOf(String base) {
        List<Sequence> direct = byFirstWord.get(base);
        int n = base.length();
        if (direct != null || n < 4 || vowel(base.charAt(n - 1)) || !vowel(base.charAt(n - 2))
                || vowel(base.charAt(n - 3)) || base.charAt(n - 2) == 'i') {
            return direct;
        }
        return byFirstWord.get(base.substring(0, n - 1) + base.charAt(n - 2) + base.charAt(n - 1));
    }

    private static boolean vowel(char c) {
        return "aeiouy".indexOf(c) >= 0;
    }

    /** Adds to {@code result} the activity scopes of the cues written in the statement that it lacks yet. */
    void addScopes(AnalyzedText text, List<Set<String>> result) {
        List<Word> words = text.words();
        for (int i = 0; i < words.size(); i++) {
            Found f = found.of(words.get(i));
            if (f == NOTHING) {
                continue;
            }
            addMatches(f.direct(), words, i, result);
            addMatches(f.adjective(), words, i, result);
            for (Set<String> scope : f.prefixScopes()) {
                if (!result.contains(scope)) {
                    result.add(scope);
                }
            }
        }
    }

    private static void addMatches(List<Sequence> sequences, List<Word> words, int first,
                                   List<Set<String>> result) {
        if (sequences == null) {
            return;
        }
        for (Sequence sequence : sequences) {
            if (!result.contains(sequence.activities()) && follows(sequence.rest(), words, first + 1)) {
                result.add(sequence.activities());
            }
        }
    }

    private static boolean follows(String[] rest, List<Word> words, int from) {
        if (from + rest.length > words.size()) {
            return false;
        }
        for (int k = 0; k < rest.length; k++) {
            if (!words.get(from + k).surface().equals(rest[k])) {
                return false;
            }
        }
        return true;
    }
}
