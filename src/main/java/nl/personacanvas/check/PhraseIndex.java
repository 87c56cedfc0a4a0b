package nl.personacanvas.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lexicon phrases indexed by their first stem, so a statement is only compared with the few phrases that
 * can start in it instead of with the whole lexicon.
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

    private final Map<String, List<Item<T>>> byFirstStem = new HashMap<>();

    void add(Phrase phrase, T value) {
        if (!phrase.stems().isEmpty()) {
            byFirstStem.computeIfAbsent(phrase.stems().get(0), k -> new ArrayList<>()).add(new Item<>(phrase, value));
        }
    }

    /** Phrases whose first stem occurs in the statement (as a word, compound part or function word). */
    List<Item<T>> candidates(AnalyzedText text) {
        List<Item<T>> result = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Word w : text.words()) {
            collect(w.stem(), seen, result);
            for (String part : w.parts()) {
                collect(part, seen, result);
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

    private void collect(String stem, Set<String> seen, List<Item<T>> into) {
        if (seen.add(stem)) {
            List<Item<T>> items = byFirstStem.get(stem);
            if (items != null) {
                into.addAll(items);
            }
        }
    }
}
