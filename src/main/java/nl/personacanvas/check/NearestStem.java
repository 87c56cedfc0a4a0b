package nl.personacanvas.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The typo step's search ({@link Vocabulary}): the known stem nearest to an unknown one within the edit bound. Known
 * stems are kept by first letter and then by length: a typo is only compared with stems of its first letter whose
 * length is within the bound, so a first-seen word is compared with a few dozen stems instead of every stem of its
 * letter. Each stem keeps the set of its letters as bits, and a stem is measured only when the letters one of the two
 * has and the other lacks are no more than the bound (session 23, speed23): every such letter needs an edit of its
 * own (a deletion, an insertion or a substitution; a swap keeps the letters), so the others are beyond it anyway.
 * Loading the lexicons runs this search for every unknown word of the training examples.
 */
final class NearestStem {
    static final int MIN_FUZZY_LENGTH = 5;
    private static final int MIN_TWO_EDITS_LENGTH = 9;
    /** Letters a-z have a bit each; any other character one of the six bits above them. */
    private static final int LETTERS = 26;
    private static final int OTHER_BITS = 6;

    /** Known stems of one first letter and one length, with the letters of each as bits. */
    private record Bucket(String[] stems, int[] letters) {
    }

    private final Map<Character, Bucket[]> byInitial;
    /** Per thread the rows of the edit-distance table, reused for every comparison. */
    private final ThreadLocal<EditDistance.Rows> rows = ThreadLocal.withInitial(EditDistance.Rows::new);

    NearestStem(Set<String> known) {
        this.byInitial = byInitialAndLength(known);
    }

    /** The known stem nearest to {@code stem} within the edit bound; of equally near ones the first in order. */
    Optional<String> nearest(String stem) {
        if (stem.length() < MIN_FUZZY_LENGTH - 1) {
            return Optional.empty();
        }
        Bucket[] byLength = byInitial.get(stem.charAt(0));
        if (byLength == null) {
            return Optional.empty();
        }
        int maxEdits = stem.length() >= MIN_TWO_EDITS_LENGTH ? 2 : 1;
        int own = letters(stem);
        EditDistance.Rows scratch = rows.get();
        String best = null;
        int bestDistance = maxEdits + 1;
        int longest = Math.min(byLength.length - 1, stem.length() + maxEdits);
        for (int length = Math.max(0, stem.length() - maxEdits); length <= longest; length++) {
            Bucket bucket = byLength[length];
            for (int i = 0; bucket != null && i < bucket.stems().length; i++) {
                // Only a stem within the best distance so far can be chosen: a farther one is not measured to the end.
                int bound = Math.min(maxEdits, bestDistance);
                int other = bucket.letters()[i];
                if (Integer.bitCount(own & ~other) > bound || Integer.bitCount(other & ~own) > bound) {
                    continue;
                }
                String k = bucket.stems()[i];
                int d = EditDistance.bounded(stem, k, bound, scratch);
                if (d < bestDistance || d == bestDistance && best != null && k.compareTo(best) < 0) {
                    best = k;
                    bestDistance = d;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** The letters of {@code word} as bits: a bit no other word's set holds is a letter that word lacks. */
    static int letters(String word) {
        int bits = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            bits |= 1 << (c >= 'a' && c <= 'z' ? c - 'a' : LETTERS + c % OTHER_BITS);
        }
        return bits;
    }

    @SuppressWarnings("unchecked")
    private static Map<Character, Bucket[]> byInitialAndLength(Set<String> known) {
        Map<Character, List<String>[]> lists = new HashMap<>();
        for (String k : known) {
            if (k.length() < MIN_FUZZY_LENGTH - 1) {
                continue;
            }
            List<String>[] byLength = lists.get(k.charAt(0));
            if (byLength == null || byLength.length <= k.length()) {
                List<String>[] grown = (List<String>[]) new List<?>[k.length() + 1];
                if (byLength != null) {
                    System.arraycopy(byLength, 0, grown, 0, byLength.length);
                }
                byLength = grown;
                lists.put(k.charAt(0), byLength);
            }
            if (byLength[k.length()] == null) {
                byLength[k.length()] = new ArrayList<>();
            }
            byLength[k.length()].add(k);
        }
        Map<Character, Bucket[]> result = new HashMap<>();
        lists.forEach((initial, byLength) -> {
            Bucket[] buckets = new Bucket[byLength.length];
            for (int length = 0; length < byLength.length; length++) {
                if (byLength[length] != null) {
                    String[] stems = byLength[length].toArray(String[]::new);
                    int[] letters = new int[stems.length];
                    for (int i = 0; i < stems.length; i++) {
                        letters[i] = letters(stems[i]);
                    }
                    buckets[length] = new Bucket(stems, letters);
                }
            }
            result.put(initial, buckets);
        });
        return Map.copyOf(result);
    }
}
