package nl.personacanvas.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which compound parts a one-word cue may be matched through (session 20, gen20: rerun of session 19's audit of the
 * OpenTaal list). Not a part the splitter finds across the seam of two real parts: "stagebedrijf" is stage + bedrijf,
 * yet sta|gebed|rijf holds "gebed" (a prayer), and so do garagebedrijf and montagebedrijf; a part lies across a seam
 * when a longer part of the compound dictionary starts inside it and runs past its end. And not a part of a compound
 * where the cue word has another sense ({@code international-cues.txt} {@code [no cue as a part]}, matched as written
 * by start or end): an animal shelter (dierenasiel), the background of a picture or a sound (achtergrondkleur,
 * achtergrondmuziek), a culture in biology or farming (celcultuur, cultuurgrond), a prospect (loopbaanperspectief),
 * the diversity of species (biodiversiteit).
 */
final class CompoundPartCues {
    /** Shorter dictionary parts (les, vak) occur by chance too often to show where a seam is. */
    private static final int MIN_SEAM_PART = 5;

    /** The compound dictionary's words, by the analyser's number of their stem. */
    private final Map<Integer, List<String>> byStem = new HashMap<>();
    private final List<String> dictionary = new ArrayList<>();

    private static final String ANY = "*";

    /** Starts and ends of compounds whose parts are no cue ({@code achtergrond*}, {@code *perspectief}). */
    private final List<String> otherSenseStarts = new ArrayList<>();
    private final List<String> otherSenseEnds = new ArrayList<>();

    /**
     * @param compoundParts the compound dictionary ({@link TextAnalyzer#COMPOUND_PARTS})
     * @param otherSense    compounds whose parts are no cue, as written: {@code start*} or {@code *end}
     */
    CompoundPartCues(List<String> compoundParts, List<String> otherSense, TextAnalyzer analyzer) {
        for (String line : otherSense) {
            String written = WordAnalysis.fold(line.toCharArray(), line.length());
            if (written.startsWith(ANY) == written.endsWith(ANY)) {
                throw new IllegalArgumentException("A compound of another sense is start* or *end: " + line);
            }
            if (written.endsWith(ANY)) {
                otherSenseStarts.add(written.substring(0, written.length() - 1));
            } else {
                otherSenseEnds.add(written.substring(1));
            }
        }
        for (String part : compoundParts) {
            String written = WordAnalysis.fold(part.toCharArray(), part.length());
            int[] ids = analyzer.phrase(written).ids();
            if (ids.length == 1) {
                byStem.computeIfAbsent(ids[0], k -> new ArrayList<>(1)).add(written);
            }
            if (written.length() >= MIN_SEAM_PART) {
                dictionary.add(written);
            }
        }
    }

    /** Per distinct word, the numbers of its compound parts that are no cue, worked out once. */
    private final WordSlots<int[]> noCueParts = new WordSlots<>(this::noCueParts);

    /**
     * Whether the statement holds stem {@code id} only as compound parts that are no cue: not as a word of its own,
     * and not as a part at a place of its own in a compound of the cue's sense.
     */
    boolean onlyAsOtherParts(AnalyzedText text, int id) {
        for (Word word : text.words()) {
            if (word.id() == id || word.has(id) && !contains(noCueParts.of(word), id)) {
                return false;
            }
        }
        return true;
    }

    private int[] noCueParts(Word word) {
        int[] parts = word.partIds();
        if (parts.length == 0 || otherSense(word.surface())) {
            return parts;
        }
        int[] result = new int[parts.length];
        int n = 0;
        for (int part : parts) {
            if (acrossSeam(word.surface(), part)) {
                result[n++] = part;
            }
        }
        return Arrays.copyOf(result, n);
    }

    private static boolean contains(int[] ids, int id) {
        for (int x : ids) {
            if (x == id) {
                return true;
            }
        }
        return false;
    }

    private boolean otherSense(String word) {
        for (String start : otherSenseStarts) {
            if (word.startsWith(start)) {
                return true;
            }
        }
        for (String end : otherSenseEnds) {
            if (word.endsWith(end)) {
                return true;
            }
        }
        return false;
    }

    private boolean acrossSeam(String word, int id) {
        List<String> parts = byStem.get(id);
        if (parts == null) {
            return false;
        }
        boolean found = false;
        for (String part : parts) {
            for (int at = word.indexOf(part); at >= 0; at = word.indexOf(part, at + 1)) {
                if (!overlapped(word, at, at + part.length())) {
                    return false;
                }
                found = true;
            }
        }
        return found;
    }

    /** Whether a longer dictionary part starts inside [start, end) of {@code word} and runs past its end. */
    private boolean overlapped(String word, int start, int end) {
        for (String other : dictionary) {
            if (other.length() <= end - start) {
                continue;
            }
            for (int at = word.indexOf(other, start + 1); at >= 0 && at < end; at = word.indexOf(other, at + 1)) {
                if (at + other.length() > end) {
                    return true;
                }
            }
        }
        return false;
    }
}
