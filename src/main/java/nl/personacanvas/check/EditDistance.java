package nl.personacanvas.check;

import java.util.Arrays;

/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent transpositions), bounded for speed, with
 * the edits a typist makes: a letter left out, doubled or swapped with the next, and one letter struck for
 * another only where that is a slip of the finger (a neighbouring key on a QWERTY keyboard) or a common
 * Dutch spelling confusion (c/k, d/t, s/z, f/v, i/y). Any other substitution costs two edits: "voegt" is a
 * word of its own, not a typo for "voelt".
 */
final class EditDistance {
    private static final String[] KEY_ROWS = {"1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm"};
    private static final String[] CONFUSED = {"ck", "dt", "sz", "fv", "iy"};
    /** Substitution cost per pair of letters a-z: 1 for a likely slip, 2 otherwise. */
    private static final byte[][] SUBSTITUTION = substitutionCosts();

    private EditDistance() {
    }

    /** Three rows of the distance table, kept by a caller that compares many pairs (one per thread). */
    static final class Rows {
        private int[] before = new int[0];
        private int[] previous = new int[0];
        private int[] current = new int[0];

        private void fit(int length) {
            if (current.length < length) {
                before = new int[length];
                previous = new int[length];
                current = new int[length];
            }
        }
    }

    /** The distance between a and b, or {@code max + 1} as soon as it is certain to exceed {@code max}. */
    static int bounded(String a, String b, int max) {
        return bounded(a, b, max, new Rows());
    }

    /** {@link #bounded(String, String, int)} in the caller's rows, so comparing allocates nothing. */
    static int bounded(String a, String b, int max, Rows rows) {
        if (Math.abs(a.length() - b.length()) > max) {
            return max + 1;
        }
        rows.fit(b.length() + 1);
        int[] before = rows.before;
        int[] previous = rows.previous;
        int[] current = rows.current;
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMin = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = substitution(a.charAt(i - 1), b.charAt(j - 1));
                int d = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d = Math.min(d, before[j - 2] + 1);
                }
                current[j] = d;
                rowMin = Math.min(rowMin, d);
            }
            if (rowMin > max) {
                return max + 1;
            }
            int[] t = before;
            before = previous;
            previous = current;
            current = t;
        }
        return Math.min(previous[b.length()], max + 1);
    }

    private static int substitution(char x, char y) {
        if (x == y) {
            return 0;
        }
        if (x >= 'a' && x <= 'z' && y >= 'a' && y <= 'z') {
            return SUBSTITUTION[x - 'a'][y - 'a'];
        }
        return 1;
    }

    private static byte[][] substitutionCosts() {
        byte[][] cost = new byte[26][26];
        for (byte[] row : cost) {
            Arrays.fill(row, (byte) 2);
        }
        for (int r = 0; r < KEY_ROWS.length; r++) {
            String row = KEY_ROWS[r];
            for (int i = 0; i < row.length(); i++) {
                char key = row.charAt(i);
                likely(cost, key, i > 0 ? row.charAt(i - 1) : 0);
                // Rows are staggered: a key touches the two above it at i and i+1, below at i-1 and i.
                if (r > 0) {
                    likely(cost, key, charAt(KEY_ROWS[r - 1], i));
                    likely(cost, key, charAt(KEY_ROWS[r - 1], i + 1));
                }
            }
        }
        for (String pair : CONFUSED) {
            likely(cost, pair.charAt(0), pair.charAt(1));
        }
        return cost;
    }

    private static char charAt(String row, int i) {
        return i >= 0 && i < row.length() ? row.charAt(i) : 0;
    }

    private static void likely(byte[][] cost, char x, char y) {
        if (x >= 'a' && x <= 'z' && y >= 'a' && y <= 'z') {
            cost[x - 'a'][y - 'a'] = 1;
            cost[y - 'a'][x - 'a'] = 1;
        }
    }
}
