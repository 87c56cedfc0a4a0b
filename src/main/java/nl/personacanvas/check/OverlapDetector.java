package nl.personacanvas.check;

import java.util.Arrays;

/**
 * Decides whether two entries of one canvas say much the same: most of their content stems are shared
 * (Jaccard similarity), which catches rephrasings and word-order changes but not two different tasks
 * that share a topic. Stems are compared by their analyser numbers (one number per distinct stem).
 * Thread-safe: each thread works in its own scratch arrays.
 */
final class OverlapDetector {
    static final double SIMILARITY = 0.6;
    private static final int MIN_SHARED = 2;

    /**
     * One thread's working memory, reused from canvas to canvas so a check allocates nothing here. The
     * postings heads are indexed by the stem number itself (numbers are dense, one per distinct stem the
     * analyser has met), so adding a stem is an array read, no hashing or probing; a head counts only when
     * its stamp is the current canvas's, so the table never needs clearing. Stamp and head of a stem stand side
     * by side ({@code heads[2 * code]}, {@code heads[2 * code + 1]}), so a stem's first look costs one cache line,
     * not two (the table, as large as the vocabulary, is mostly out of the processor's first caches). It grows
     * with the vocabulary, twelve bytes per stem and thread.
     */
    private static final class Scratch {
        int canvas;
        /** Per stem number: the canvas that last stamped it, then its first posting in that canvas. */
        int[] heads = new int[0];
        int[] owner = new int[0];
        int[] next = new int[0];
        /** Per earlier entry, the stems it shares with the entry being added; zero between entries. */
        int[] shared = new int[0];
        int[] touched = new int[0];

        void fit(int entries, int postings, int maxCode) {
            if (++canvas == 0) {
                Arrays.fill(heads, 0);
                canvas = 1;
            }
            if (2 * maxCode + 1 >= heads.length) {
                heads = Arrays.copyOf(heads, Math.max(2 * maxCode + 2, heads.length * 2));
            }
            if (postings > owner.length) {
                owner = new int[postings];
                next = new int[postings];
            }
            if (entries > shared.length) {
                shared = new int[entries];
                touched = new int[entries];
            }
        }

        /** The first posting of a stem in this canvas, or -1; claims the stem for this canvas. */
        int head(int code) {
            int at = 2 * code;
            if (heads[at] != canvas) {
                heads[at] = canvas;
                heads[at + 1] = -1;
            }
            return heads[at + 1];
        }
    }

    private final ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(Scratch::new);

    /** A statement's stems as the overlap test compares them: their analyser numbers, distinct. */
    static int[] codes(AnalyzedText text) {
        return text.stemIds().clone();
    }

    /**
     * For each entry the index of the first other entry (in canvas order) it overlaps with, or -1. Only
     * pairs that share a stem can overlap, so instead of testing all pairs (780 for a 40-entry canvas)
     * the shared counts come from postings: each stem keeps the list of entries that have it, and an
     * entry adding its stems counts, per earlier entry, how many they share; that pair is decided right
     * then, so no entry-by-entry matrix is needed.
     */
    int[] twins(int[][] codes) {
        int n = codes.length;
        int total = 0;
        int maxCode = -1;
        for (int[] c : codes) {
            total += c.length;
            for (int code : c) {
                maxCode = Math.max(maxCode, code);
            }
        }
        Scratch s = scratch.get();
        s.fit(n, total, maxCode);
        int[] heads = s.heads;
        int[] owner = s.owner;
        int[] next = s.next;
        int[] shared = s.shared;
        int[] touched = s.touched;
        int[] twins = new int[n];
        Arrays.fill(twins, -1);
        int posting = 0;
        for (int e = 0; e < n; e++) {
            int count = 0;
            for (int code : codes[e]) {
                for (int p = s.head(code); p >= 0; p = next[p]) {
                    int other = owner[p];
                    if (shared[other]++ == 0) {
                        touched[count++] = other;
                    }
                }
                owner[posting] = e;
                next[posting] = heads[2 * code + 1];
                heads[2 * code + 1] = posting++;
            }
            // Earlier entries first: the twin is the first similar entry in canvas order, before or after.
            for (int t = 0; t < count; t++) {
                int other = touched[t];
                if (similar(codes[e].length, codes[other].length, shared[other])) {
                    if (twins[e] < 0 || other < twins[e]) {
                        twins[e] = other;
                    }
                    if (twins[other] < 0) {
                        twins[other] = e;
                    }
                }
                shared[other] = 0;
            }
        }
        return twins;
    }

    static boolean similar(int sizeA, int sizeB, int shared) {
        int smaller = Math.min(sizeA, sizeB);
        int larger = Math.max(sizeA, sizeB);
        if (smaller == 0 || smaller < SIMILARITY * larger) {
            return false;
        }
        int union = sizeA + sizeB - shared;
        return shared >= Math.min(MIN_SHARED, smaller) && (double) shared / union >= SIMILARITY;
    }
}
