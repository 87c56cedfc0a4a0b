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
        /** The number of the phrase's second stem, or -1 for a one-word phrase ({@link #mayOccurIn}). */
        private final int second;

        Item(Phrase phrase, T value) {
            this.phrase = phrase;
            this.value = value;
            this.second = phrase.ids().length > 1 ? phrase.ids()[1] : -1;
        }

        /**
         * False when the phrase cannot occur in the statement: it has a second stem the statement lacks. A
         * statement's candidates are the phrases starting with one of its stems, and most of those of two or
         * more words lack one of their later stems (84,000 of 89,000 for the bench workbook's texts, 74,000 of
         * them already the second); this settles those from the item itself, next to its neighbours in the
         * index, before the phrase and its stem numbers are read. Finding the phrase ({@link AnalyzedText#spans}, {@link AnalyzedText#contains}) would find
         * nothing for them, so skipping them changes no result.
         */
        boolean mayOccurIn(AnalyzedText text) {
            return second < 0 || text.hasStem(second);
        }

        Phrase phrase() {
            return phrase;
        }

        T value() {
            return value;
        }
    }

    private static final Item<?>[] NONE = new Item<?>[0];

    /** Per first-stem number, the items in the order they were added (null: none). */
    private Item<T>[][] byFirstStem = newTable(0);

    void add(Phrase phrase, T value) {
        if (phrase.ids().length == 0) {
            return;
        }
        int first = phrase.ids()[0];
        if (first >= byFirstStem.length) {
            byFirstStem = Arrays.copyOf(byFirstStem, Math.max(first + 1, byFirstStem.length * 2));
        }
        Item<T>[] items = byFirstStem[first] == null ? newItems(0) : byFirstStem[first];
        items = Arrays.copyOf(items, items.length + 1);
        items[items.length - 1] = new Item<>(phrase, value);
        byFirstStem[first] = items;
    }

    /**
     * The phrases that start with stem number {@code stem}, in the order they were added (never null). The
     * candidates of a statement are those of each of its {@link AnalyzedText#allIds()} in turn: looping over
     * them needs no list per statement (most statements have candidates, few a match).
     */
    @SuppressWarnings("unchecked")
    Item<T>[] startingWith(int stem) {
        Item<T>[] items = stem < byFirstStem.length ? byFirstStem[stem] : null;
        return items != null ? items : (Item<T>[]) NONE;
    }

    /** Phrases that occur in the statement. */
    List<Item<T>> matches(AnalyzedText text) {
        List<Item<T>> result = null;
        for (int stem : text.allIds()) {
            for (Item<T> item : startingWith(stem)) {
                if (item.mayOccurIn(text) && text.contains(item.phrase())) {
                    result = result != null ? result : new ArrayList<>(4);
                    result.add(item);
                }
            }
        }
        return result != null ? result : List.of();
    }

    @SuppressWarnings("unchecked")
    private static <T> Item<T>[][] newTable(int size) {
        return (Item<T>[][]) new Item<?>[size][];
    }

    @SuppressWarnings("unchecked")
    private static <T> Item<T>[] newItems(int size) {
        return (Item<T>[]) new Item<?>[size];
    }
}
