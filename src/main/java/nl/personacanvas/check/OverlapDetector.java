package nl.personacanvas.check;

import java.util.Arrays;

/**
 * Decides whether two entries of one canvas say much the same: most of their content stems are shared
 * (Jaccard similarity), which catches rephrasings and word-order changes but not two different tasks
 * that share a topic. Stems are compared by their analyser numbers (one number per distinct stem).
 */
final class OverlapDetector {
    static final double SIMILARITY = 0.6;
    private static final int MIN_SHARED = 2;

    private OverlapDetector() {
    }

    /** A statement's stems as the overlap test compares them: their analyser numbers, distinct and sorted. */
    static int[] codes(AnalyzedText text) {
        int[] codes = text.stemIds().clone();
        Arrays.sort(codes);
        return codes;
    }

    /**
     * For each entry the index of the first other entry it overlaps with, or -1; {@code codes} come from
     * {@link #codes}, and entries with the same text may share one array. A pair is ruled out cheaply
     * before its stems are compared: by the sizes (Jaccard can't reach the threshold when one has far
     * more stems), and by a 64-bit signature of each entry's stems (no common bit, no common stem). The
     * pairs left are compared by merging their sorted codes, without allocating.
     */
    static int[] twins(int[][] codes) {
        int n = codes.length;
        long[] signature = new long[n];
        for (int e = 0; e < n; e++) {
            for (int code : codes[e]) {
                signature[e] |= 1L << (code * 0x9E3779B9 >>> 26);
            }
        }
        int[] twins = new int[n];
        Arrays.fill(twins, -1);
        // Pairs in order of their first entry, then their second: the first similar pair that names an
        // entry names its lowest-numbered twin, as the relation is symmetric.
        for (int x = 0; x < n; x++) {
            int[] a = codes[x];
            for (int y = x + 1; y < n; y++) {
                if (twins[x] >= 0 && twins[y] >= 0) {
                    continue;
                }
                int[] b = codes[y];
                if ((signature[x] & signature[y]) == 0 || !similar(a, b)) {
                    continue;
                }
                if (twins[x] < 0) {
                    twins[x] = y;
                }
                if (twins[y] < 0) {
                    twins[y] = x;
                }
            }
        }
        return twins;
    }

    private static boolean similar(int[] a, int[] b) {
        int smaller = Math.min(a.length, b.length);
        int larger = Math.max(a.length, b.length);
        if (smaller == 0 || smaller < SIMILARITY * larger) {
            return false;
        }
        return similar(a.length, b.length, a == b ? a.length : shared(a, b));
    }

    private static int shared(int[] a, int[] b) {
        int shared = 0;
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            int d = Integer.compare(a[i], b[j]);
            if (d == 0) {
                shared++;
                i++;
                j++;
            } else if (d < 0) {
                i++;
            } else {
                j++;
            }
        }
        return shared;
    }

    private static boolean similar(int sizeA, int sizeB, int shared) {
        int smaller = Math.min(sizeA, sizeB);
        int larger = Math.max(sizeA, sizeB);
        if (smaller == 0 || smaller < SIMILARITY * larger) {
            return false;
        }
        int union = sizeA + sizeB - shared;
        return shared >= Math.min(MIN_SHARED, smaller) && (double) shared / union >= SIMILARITY;
    }
}
