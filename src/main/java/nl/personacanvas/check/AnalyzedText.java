package nl.personacanvas.check;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A statement as the checker sees it: its words in order. */
record AnalyzedText(String text, List<Word> words) {

    AnalyzedText {
        words = List.copyOf(words);
    }

    List<Word> content() {
        return words.stream().filter(w -> !w.stop()).toList();
    }

    /** Stems of content words and of their compound parts, without duplicates. */
    Set<String> stems() {
        Set<String> result = new LinkedHashSet<>();
        for (Word w : words) {
            if (!w.stop()) {
                result.add(w.stem());
                result.addAll(w.parts());
            }
        }
        return result;
    }

    boolean isEmpty() {
        return content().isEmpty();
    }

    boolean contains(Phrase phrase) {
        return !spans(phrase).isEmpty();
    }

    /** Index in {@link #words()} of the first match of the phrase, or -1. */
    int indexOf(Phrase phrase) {
        List<int[]> spans = spans(phrase);
        return spans.isEmpty() ? -1 : spans.get(0)[0];
    }

    /**
     * Every place the phrase's stems occur in this order, each within a few words of the previous one, so
     * "staat open voor" also matches "staat echt open voor" and "stemt ... af" its separated particle.
     * Spans are {first, last} indexes into {@link #words()}. A one-word phrase also matches a compound
     * part (cultuur in bedrijfscultuur).
     */
    List<int[]> spans(Phrase phrase) {
        List<String> stems = phrase.stems();
        List<int[]> result = new ArrayList<>();
        if (stems.isEmpty()) {
            return result;
        }
        List<Integer> seq = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (phrase.keepsStopwords() || !words.get(i).stop()) {
                seq.add(i);
            }
        }
        for (int start = 0; start < seq.size(); start++) {
            if (!matches(words.get(seq.get(start)), stems.get(0), stems.size() == 1)) {
                continue;
            }
            int at = start;
            int matched = 1;
            for (int next = start + 1; next < seq.size() && matched < stems.size() && next - at <= phrase.maxGap();
                 next++) {
                if (matches(words.get(seq.get(next)), stems.get(matched), false)) {
                    matched++;
                    at = next;
                }
            }
            if (matched == stems.size()) {
                result.add(new int[] {seq.get(start), seq.get(at)});
            }
        }
        return result;
    }

    private static boolean matches(Word word, String stem, boolean allowPart) {
        return allowPart ? word.has(stem) : word.stem().equals(stem);
    }
}
