package nl.personacanvas.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which of a reader's word sets each word belongs to, one bit per set, worked out once per distinct word
 * ({@link WordSlots}), so a statement can be turned away by the words it lacks before any set or pattern is matched
 * word by word (session 26, speed26: {@link WarmScene}'s readings ran their {@link SurfacePatterns} over every
 * statement). Sets are registered while the reader is built, before any word is looked up. A set past the 64th shares
 * the bit of an earlier one (the 65th the first's, and so on round): a statement with a word of either set has the bit,
 * so a gate that needs it still turns away only statements with a word of neither, and stays exact, only weaker for
 * both. Before session 29 such a set got no bit and was never gated: {@link ShownConduct}'s file has over two hundred
 * sets, and the patterns of its later sections were matched word by word on every statement that passed its gate.
 */
final class CueBits {
    /** The bits of a statement for which nothing is turned away: every set present. */
    static final long ALL = -1L;

    private final List<Set<String>> sets = new ArrayList<>();
    /**
     * Per word of any set, the bits of the sets it is in: a word's bits are one look-up, not one per set (session 28,
     * speed28: asking each set cost 2 % of a cold check, every distinct word asked by four readers).
     */
    private final Map<String, Long> bitsByWord = new HashMap<>();
    private final WordSlots<Long> slots = new WordSlots<>(this::bitsOf);

    /**
     * The bit of the set (the same for an equal set registered again): its own for the first 64 sets, shared with the
     * set 64 places earlier after that.
     */
    long bit(Set<String> forms) {
        int at = sets.indexOf(forms);
        if (at < 0) {
            sets.add(Set.copyOf(forms));
            at = sets.size() - 1;
            long bit = bitAt(at);
            for (String form : forms) {
                bitsByWord.merge(form, bit, (a, b) -> a | b);
            }
        }
        return bitAt(at);
    }

    /** Set 0 has bit 0, ..., set 63 bit 63, set 64 bit 0 again. */
    private static long bitAt(int set) {
        return 1L << set % Long.SIZE;
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
        return bitsByWord.getOrDefault(word.surface(), 0L);
    }
}
