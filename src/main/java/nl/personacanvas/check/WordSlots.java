package nl.personacanvas.check;

import java.util.Arrays;
import java.util.function.Function;

/**
 * What a lexicon finds in one word, kept per distinct word by its {@link Word#number()}, so a statement costs
 * an array read per word instead of hashing and comparing its surface again for every text the word occurs
 * in. Filled as words come; thread-safe without locks on reads: the kept values are immutable, a racing
 * thread computes the same value, and a value written into a table another thread is just replacing is only
 * computed again later.
 *
 * @param <T> an immutable value (final fields only, so a racing read sees it whole)
 */
final class WordSlots<T> {
    private final Function<Word, T> compute;
    private volatile Object[] table = new Object[0];

    WordSlots(Function<Word, T> compute) {
        this.compute = compute;
    }

    @SuppressWarnings("unchecked")
    T of(Word word) {
        int n = word.number();
        Object[] slots = table;
        if (n < slots.length) {
            Object kept = slots[n];
            if (kept != null) {
                return (T) kept;
            }
        }
        T value = compute.apply(word);
        if (n >= slots.length) {
            slots = grown(n);
        }
        slots[n] = value;
        return value;
    }

    private synchronized Object[] grown(int n) {
        Object[] slots = table;
        if (n >= slots.length) {
            slots = Arrays.copyOf(slots, Math.max(n + 1, slots.length * 2 + 64));
            table = slots;
        }
        return slots;
    }
}
