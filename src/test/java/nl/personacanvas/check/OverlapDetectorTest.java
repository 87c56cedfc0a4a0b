package nl.personacanvas.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * {@link OverlapDetector#twins} (postings per stem, stamp and head of a stem side by side since speed25) finds for each
 * entry the first other entry in canvas order it is {@linkplain OverlapDetector#similar similar} to, as comparing
 * every pair does: over random canvases of one detector, so the per-thread table is reused, outgrown and re-stamped.
 */
class OverlapDetectorTest {

    @Test
    void twinsAreTheFirstSimilarEntryAsEveryPairCompared() {
        OverlapDetector detector = new OverlapDetector();
        Random random = new Random(25);
        int overlapping = 0;
        for (int canvas = 0; canvas < 800; canvas++) {
            // a vocabulary that grows from canvas to canvas, so the table grows under the detector
            int vocabulary = 8 + canvas * 20;
            int[][] codes = new int[random.nextInt(45)][];
            for (int e = 0; e < codes.length; e++) {
                codes[e] = e > 0 && random.nextInt(4) == 0
                        ? rephrased(codes[random.nextInt(e)], vocabulary, random)
                        : distinct(random.nextInt(12), vocabulary, random);
            }
            int[] twins = detector.twins(codes);
            assertThat(twins).as("canvas %d", canvas).containsExactly(everyPair(codes));
            overlapping += (int) Arrays.stream(twins).filter(t -> t >= 0).count();
        }
        assertThat(overlapping).isGreaterThan(500);
    }

    @Test
    void aCanvasWithoutEntriesOrStemsHasNoTwins() {
        OverlapDetector detector = new OverlapDetector();
        assertThat(detector.twins(new int[0][])).isEmpty();
        assertThat(detector.twins(new int[][] {{}, {}, {3}})).containsExactly(-1, -1, -1);
        assertThat(detector.twins(new int[][] {{1, 2, 3}, {7}, {3, 2, 1}})).containsExactly(2, -1, 0);
    }

    private static int[] everyPair(int[][] codes) {
        int[] twins = new int[codes.length];
        for (int a = 0; a < codes.length; a++) {
            twins[a] = -1;
            for (int b = 0; b < codes.length && twins[a] < 0; b++) {
                if (b != a && OverlapDetector.similar(codes[a].length, codes[b].length, shared(codes[a], codes[b]))) {
                    twins[a] = b;
                }
            }
        }
        return twins;
    }

    private static int shared(int[] a, int[] b) {
        int shared = 0;
        for (int x : a) {
            for (int y : b) {
                shared += x == y ? 1 : 0;
            }
        }
        return shared;
    }

    private static int[] distinct(int n, int vocabulary, Random random) {
        return random.ints(0, vocabulary).distinct().limit(Math.min(n, vocabulary)).toArray();
    }

    /** Another entry's stems, one dropped or one added now and then, in another order. */
    private static int[] rephrased(int[] of, int vocabulary, Random random) {
        int[] stems = of.clone();
        if (stems.length > 1 && random.nextBoolean()) {
            stems = Arrays.copyOf(stems, stems.length - 1);
        }
        if (random.nextBoolean()) {
            int extra = random.nextInt(vocabulary);
            if (IntStream.of(stems).noneMatch(s -> s == extra)) {
                stems = Arrays.copyOf(stems, stems.length + 1);
                stems[stems.length - 1] = extra;
            }
        }
        for (int i = stems.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = stems[i];
            stems[i] = stems[j];
            stems[j] = t;
        }
        return stems;
    }
}
