package nl.personacanvas.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Compound parts the splitter finds across the seam of two real parts: "stagebedrijf" is stage + bedrijf, yet
 * sta|gebed|rijf holds "gebed" (a prayer), and so do garagebedrijf and montagebedrijf. A one-word cue matched only
 * through such a part does not count (session 20, gen20: rerun of session 19's audit of the OpenTaal list). A part
 * lies across a seam when a longer part of the compound dictionary starts inside it and runs past its end.
 */
final class ChanceParts {
    /** Shorter dictionary parts (les, vak) occur by chance too often to show where a seam is. */
    private static final int MIN_SEAM_PART = 5;

    /** The compound dictionary's words, by the analyser's number of their stem. */
    private final Map<Integer, List<String>> byStem = new HashMap<>();
    private final List<String> dictionary = new ArrayList<>();

    ChanceParts(List<String> compoundParts, TextAnalyzer analyzer) {
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

    /**
     * Whether the statement holds stem {@code id} only as compound parts that lie across a seam: not as a word of
     * its own, and not as a part at a place of its own.
     */
    boolean onlyAcrossSeams(AnalyzedText text, int id) {
        for (Word word : text.words()) {
            if (word.id() == id || word.has(id) && !acrossSeam(word.surface(), id)) {
                return false;
            }
        }
        return true;
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
