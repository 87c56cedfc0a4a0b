package nl.personacanvas.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Which of a reader's word sets each word belongs to, one bit per set, worked out once per distinct word
 * ({@link WordSlots}), so a statement can be turned away by the words it lacks before any set or pattern is matched
 * word by word (session 26, speed26: {@link WarmScene}'s readings ran their {@link SurfacePatterns} over every
 * statement). Sets are registered while the reader is built, before any word is looked up; a set past the 64th gets no
 * bit and is answered as always present, so a gate stays exact, only weaker.
 */
final class CueBits {
    /** The bits of a statement for which nothing is turned away: every set present. */
    static final long ALL = -1L;

    private final List<Set<String>> sets = new ArrayList<>();
    private final WordSlots<Long> slots = new WordSlots<>(this::bitsOf);

    /** The bit of the set (the same for an equal set registered again), or 0 where no bit is left. */
    long bit(Set<String> forms) {
        int at = sets.indexOf(forms);
        if (at < 0) {
            if (sets.size() == Long.SIZE) {
                return 0L;
            }
            sets.add(Set.copyOf(forms));
            at = sets.size() - 1;
        }
        return 1L << at;
    }

    /** The bits of the sets some word of the statement belongs to. */
    long of(List<Word> words) {
        long present = 0L;
        for (Word w : words) {
            present |= slots.of(w);
        }
        return present;
    }

    /** Whether every set of {@code needed} has a word in a statement with bits {@code present}. */
    static boolean all(long needed, long present) {
        return (needed & ~present) == 0;
    }

    private Long bitsOf(Word word) {
        long bits = 0L;
        for (int i = 0; i < sets.size(); i++) {
            if (sets.get(i).contains(word.surface())) {
                bits |= 1L << i;
            }
        }
        return bits;
    }
}
