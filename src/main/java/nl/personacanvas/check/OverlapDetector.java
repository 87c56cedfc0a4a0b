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
        int[] codes = stems.stream().mapToInt(String::hashCode).distinct().toArray();
        Arrays.sort(codes);
        return codes;
    }

    static boolean overlap(int[] a, int[] b) {
        int smaller = Math.min(a.length, b.length);
        int larger = Math.max(a.length, b.length);
        if (smaller == 0 || smaller < SIMILARITY * larger) {
            return false;
        }
        int shared = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            if (a[i] == b[j]) {
                shared++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        int union = a.length + b.length - shared;
        return shared >= Math.min(MIN_SHARED, smaller) && (double) shared / union >= SIMILARITY;
    }
}
