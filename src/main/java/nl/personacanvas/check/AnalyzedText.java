package nl.personacanvas.check;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A statement as the checker sees it: its words in order. Immutable. */
final class AnalyzedText {
    private final String text;
    private final List<Word> words;
    private final int[] content;
    private final Set<String> stems;

    AnalyzedText(String text, List<Word> words) {
        this.text = text;
        this.words = List.copyOf(words);
        this.content = java.util.stream.IntStream.range(0, this.words.size())
                .filter(i -> !this.words.get(i).stop()).toArray();
        Set<String> s = new LinkedHashSet<>();
        for (int i : content) {
            s.add(this.words.get(i).stem());
            s.addAll(this.words.get(i).parts());
        }
        this.stems = java.util.Collections.unmodifiableSet(s);
    }

    String text() {
        return text;
    }

    List<Word> words() {
        return words;
    }

    /** Stems of content words and of their compound parts, without duplicates, in order. */
    Set<String> stems() {
        return stems;
    }

    boolean isEmpty() {
        return content.length == 0;
    }

    boolean contains(Phrase phrase) {
        return !spans(phrase).isEmpty();
    }

    /**
     * Every place the phrase's stems occur in this order, each within a few words of the previous one, so
     * "staat open voor" also matches "staat echt open voor" and "stemt ... af" its separated particle.
     * Spans are {first, last} indexes into {@link #words()}. A one-word phrase also matches a compound
     * part (cultuur in bedrijfscultuur).
     */
    List<int[]> spans(Phrase phrase) {
        List<String> want = phrase.stems();
        if (want.isEmpty()) {
            return List.of();
        }
        List<int[]> result = new ArrayList<>(1);
        int size = phrase.keepsStopwords() ? words.size() : content.length;
        for (int start = 0; start < size; start++) {
            if (!matches(word(phrase, start), want.get(0), want.size() == 1)) {
                continue;
            }
            int at = start;
            int matched = 1;
            for (int next = start + 1; next < size && matched < want.size() && next - at <= phrase.maxGap(); next++) {
                if (matches(word(phrase, next), want.get(matched), false)) {
                    matched++;
                    at = next;
                }
            }
            if (matched == want.size()) {
                result.add(new int[] {index(phrase, start), index(phrase, at)});
            }
        }
        return result;
    }

    private Word word(Phrase phrase, int i) {
        return words.get(index(phrase, i));
    }

    private int index(Phrase phrase, int i) {
        return phrase.keepsStopwords() ? i : content[i];
    }

    private static boolean matches(Word word, String stem, boolean allowPart) {
        return allowPart ? word.has(stem) : word.stem().equals(stem);
    }
}
