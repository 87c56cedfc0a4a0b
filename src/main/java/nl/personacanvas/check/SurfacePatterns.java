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

    /** A pattern's words and the bits of their forms ({@link CueBits}): a statement lacking one is not matched. */
    private record Pattern(List<Step> steps, long needed) {
    }

    private final List<Pattern> patterns = new ArrayList<>();

    /** The patterns of the lines, each word's forms registered with {@code cues}. */
    SurfacePatterns(List<String> lines, CueBits cues) {
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
                long needed = 0L;
                for (Step step : steps) {
                    needed |= cues.bit(step.forms());
                }
                patterns.add(new Pattern(List.copyOf(steps), needed));
            }
        }
    }

    /** Whether a statement with cue bits {@code present} has a form of every word of some pattern. */
    boolean mayOccur(long present) {
        for (Pattern p : patterns) {
            if (CueBits.all(p.needed(), present)) {
                return true;
            }
        }
        return false;
    }

    /** Whether any pattern occurs in the words, whose cue bits are {@code present} ({@link CueBits#ALL}: unknown). */
    boolean in(List<Word> words, long present) {
        return in(words, 0, present);
    }

    /**
     * Whether any pattern starts at or after {@code from}. A pattern one of whose words has no form among the words
     * ({@code present} lacks its bit) cannot occur and is skipped: the answer is the one without the bits.
     */
    boolean in(List<Word> words, int from, long present) {
        for (Pattern p : patterns) {
            if (!CueBits.all(p.needed(), present)) {
                continue;
            }
            List<Step> pattern = p.steps();
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
