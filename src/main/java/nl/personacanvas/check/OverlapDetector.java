package nl.personacanvas.check;

import java.util.Arrays;
import java.util.Set;

/**
 * Decides whether two entries of one canvas say much the same: most of their content stems are shared
 * (Jaccard similarity), which catches rephrasings and word-order changes but not two different tasks
 * that share a topic. Stems are compared as sorted hash codes; a collision between two different stems
 * of one canvas is too unlikely to matter.
 */
final class OverlapDetector {
    static final double SIMILARITY = 0.6;
    private static final int MIN_SHARED = 2;

    private OverlapDetector() {
    }

    static int[] codes(Set<String> stems) {
        int[] codes = new int[stems.size()];
        int n = 0;
        for (String stem : stems) {
            codes[n++] = stem.hashCode();
        }
        Arrays.sort(codes);
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            if (i == 0 || codes[i] != codes[i - 1]) {
                codes[distinct++] = codes[i];
            }
        }
        return distinct == n ? codes : Arrays.copyOf(codes, distinct);
    }

    /**
     * For each entry the index of the first other entry it overlaps with, or -1. Only pairs that share a
     * stem can overlap, so instead of testing all pairs (780 for a 40-entry canvas) the shared counts come
     * from grouping the entries' stem codes: sorting (code, entry) pairs puts the entries of one stem side
     * by side.
     */
    static int[] twins(int[][] codes) {
        int n = codes.length;
        int total = 0;
        for (int[] c : codes) {
            total += c.length;
        }
        long[] postings = new long[total];
        int k = 0;
        for (int e = 0; e < n; e++) {
            for (int code : codes[e]) {
                postings[k++] = (long) code << 32 | e;
            }
        }
        Arrays.sort(postings);
        int[] shared = new int[n * n];
        for (int start = 0; start < total; ) {
            int end = start + 1;
            while (end < total && postings[end] >> 32 == postings[start] >> 32) {
                end++;
            }
            for (int a = start; a < end; a++) {
                int x = (int) postings[a];
                for (int b = a + 1; b < end; b++) {
                    int y = (int) postings[b];
                    shared[x * n + y]++;
                    shared[y * n + x]++;
                }
            }
            start = end;
        }
        int[] twins = new int[n];
        for (int x = 0; x < n; x++) {
            twins[x] = -1;
            for (int y = 0; y < n; y++) {
                if (y != x && shared[x * n + y] > 0 && similar(codes[x].length, codes[y].length, shared[x * n + y])) {
                    twins[x] = y;
                    break;
                }
            }
        }
        return twins;
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
