package nl.personacanvas.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Word sequences read from a data file and matched on the words as written: "a|b" is either word, "..." lets up to
 * {@link #GAP} other words stand between ("haal ... mijn schouders" for "haal ik mijn schouders"), each further "..."
 * as many more. For grammar and
 * idioms that the analyser's stems would blur ("balen maar", "dan gewoon plan b"), never vocabulary.
 */
final class SurfacePatterns {
    static final String GAP_MARK = "...";
    static final int GAP = 3;

    /** One word of a pattern: its forms and how many other words may stand before it. */
    private record Step(Set<String> forms, int gapBefore) {
    }

    private final List<List<Step>> patterns = new ArrayList<>();

    SurfacePatterns(List<String> lines) {
        for (String line : lines) {
            List<Step> steps = new ArrayList<>();
            int gap = 0;
            for (String token : line.strip().split("\\s+")) {
                if (token.equals(GAP_MARK)) {
                    gap += GAP;
                } else {
                    steps.add(new Step(Set.of(token.split("\\|")), gap));
                    gap = 0;
                }
            }
            if (!steps.isEmpty()) {
                patterns.add(List.copyOf(steps));
            }
        }
    }

    /** Whether any pattern occurs in the words. */
    boolean in(List<Word> words) {
        return in(words, 0);
    }

    /** Whether any pattern starts at or after {@code from}. */
    boolean in(List<Word> words, int from) {
        for (List<Step> pattern : patterns) {
            for (int i = from; i < words.size(); i++) {
                if (pattern.get(0).forms().contains(words.get(i).surface()) && rest(words, pattern, 1, i + 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean rest(List<Word> words, List<Step> pattern, int step, int at) {
        if (step == pattern.size()) {
            return true;
        }
        Step s = pattern.get(step);
        int last = at + s.gapBefore();
        for (int i = at; i <= last && i < words.size(); i++) {
            if (s.forms().contains(words.get(i).surface()) && rest(words, pattern, step + 1, i + 1)) {
                return true;
            }
        }
        return false;
    }
}
