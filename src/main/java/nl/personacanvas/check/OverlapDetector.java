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

    /** A statement's stems as the overlap test compares them: their analyser numbers, distinct. */
    static int[] codes(AnalyzedText text) {
        return text.stemIds().clone();
    }

    /**
     * For each entry the index of the first other entry it overlaps with, or -1. Only pairs that share a
     * stem can overlap, so instead of testing all pairs (780 for a 40-entry canvas) the shared counts come
     * from postings: each stem code keeps the list of entries that have it (an open-addressing table of
     * list heads), and an entry adding a code counts one more shared stem with every entry already listed.
     */
    static int[] twins(int[][] codes) {
        int n = codes.length;
        int total = 0;
        int[] size = new int[n];
        for (int e = 0; e < n; e++) {
            size[e] = codes[e].length;
            total += size[e];
        }
        int mask = Integer.highestOneBit(Math.max(total, 1) * 2 + 1) * 2 - 1;
        int[] keys = new int[mask + 1];
        int[] head = new int[mask + 1];
        Arrays.fill(head, -1);
        int[] owner = new int[total];
        int[] next = new int[total];
        int[] shared = new int[n * n];
        int posting = 0;
        for (int e = 0; e < n; e++) {
            for (int code : codes[e]) {
                int slot = (code * 0x9E3779B9) >>> 7 & mask;
                while (head[slot] >= 0 && keys[slot] != code) {
                    slot = slot + 1 & mask;
                }
                keys[slot] = code;
                for (int p = head[slot]; p >= 0; p = next[p]) {
                    int other = owner[p];
                    shared[e * n + other]++;
                    shared[other * n + e]++;
                }
                owner[posting] = e;
                next[posting] = head[slot];
                head[slot] = posting++;
            }
        }
        int[] twins = new int[n];
        for (int x = 0; x < n; x++) {
            twins[x] = -1;
            for (int y = 0; y < n; y++) {
                int s = shared[x * n + y];
                if (s > 0 && y != x && similar(size[x], size[y], s)) {
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
