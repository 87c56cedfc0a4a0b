package nl.personacanvas.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Lexicon phrases indexed by the number of their first stem, so a statement is only compared with the few
 * phrases that can start in it instead of with the whole lexicon, and finding them is an array look-up
 * per word.
 *
 * @param <T> what a phrase stands for (a cue, an attitude, an element)
 */
final class PhraseIndex<T> {

    /** A phrase and what it stands for; identity equality keeps candidate collection cheap. */
    static final class Item<T> {
        private final Phrase phrase;
        private final T value;

        Item(Phrase phrase, T value) {
            this.phrase = phrase;
            this.value = value;
        }

        Phrase phrase() {
            return phrase;
        }

        T value() {
            return value;
        }
    }

    /** Per first-stem number, the items in the order they were added (null: none). */
    private List<Item<T>>[] byFirstStem = newTable(0);

    void add(Phrase phrase, T value) {
        if (phrase.ids().length == 0) {
            return;
        }
        int first = phrase.ids()[0];
        if (first >= byFirstStem.length) {
            byFirstStem = Arrays.copyOf(byFirstStem, Math.max(first + 1, byFirstStem.length * 2));
        }
        if (byFirstStem[first] == null) {
            byFirstStem[first] = new ArrayList<>(1);
        }
        byFirstStem[first].add(new Item<>(phrase, value));
    }

    /** Phrases whose first stem occurs in the statement (as a word, compound part or function word). */
    List<Item<T>> candidates(AnalyzedText text) {
        List<Item<T>> result = new ArrayList<>();
        for (int stem : text.allIds()) {
            if (stem < byFirstStem.length && byFirstStem[stem] != null) {
                result.addAll(byFirstStem[stem]);
            }
        }
        return result;
    }

    /** Phrases that occur in the statement. */
    List<Item<T>> matches(AnalyzedText text) {
        List<Item<T>> result = new ArrayList<>();
        for (Item<T> item : candidates(text)) {
            if (text.contains(item.phrase())) {
                result.add(item);
            }
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    private static <T> List<Item<T>>[] newTable(int size) {
        return (List<Item<T>>[]) new List<?>[size];
    }
}
