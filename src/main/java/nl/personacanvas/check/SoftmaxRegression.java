package nl.personacanvas.check;

import java.util.Random;

/**
 * Multinomial logistic regression fitted by stochastic gradient descent on the cross-entropy with a small L2
 * penalty, in a fixed shuffled order: the same examples always give the same weights, so the checker makes the same
 * decisions. An example is a list of feature rows (a row listed twice counts twice); the caller numbers its
 * features and reads the weights back row by row.
 *
 * @param epochs  passes over the examples; the step shrinks as {@code step / (1 + epoch / 10)}
 * @param step    the first pass's step size
 * @param penalty the L2 penalty, applied to the rows an example uses as it is seen
 * @param seed    of the shuffle
 * @param averageFrom the first pass whose weights are averaged into the fit (Polyak averaging); {@code epochs}
 *                    for the last weights alone
 */
record SoftmaxRegression(int epochs, double step, double penalty, long seed, int averageFrom) {

    /**
     * The fitted weights.
     *
     * @param weights flat, row by row, one weight per class
     * @param bias    one per class
     */
    record Fit(double[] weights, double[] bias) {
    }

    /**
     * @param examples per example its feature rows, each below {@code rows}
     * @param labels   per example its class, below {@code classes}
     */
    Fit fit(int[][] examples, int[] labels, int classes, int rows) {
        double[] w = new double[rows * classes];
        double[] b = new double[classes];
        int n = labels.length;
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Random random = new Random(seed);
        double[] p = new double[classes];
        // Sums of each update times the steps taken before it within the averaged passes: the average of the
        // weights over those steps is then w - sum / steps (updates touch only the rows an example uses).
        double[] wSum = new double[w.length];
        double[] bSum = new double[classes];
        long steps = 0;
        for (int epoch = 0; epoch < epochs; epoch++) {
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            double stepNow = step / (1 + epoch * 0.1);
            boolean averaged = epoch >= averageFrom;
            for (int e : order) {
                int[] f = examples[e];
                probabilities(f, w, b, p);
                for (int c = 0; c < classes; c++) {
                    p[c] = stepNow * (p[c] - (labels[e] == c ? 1 : 0));
                    b[c] -= p[c];
                    if (averaged) {
                        bSum[c] -= steps * p[c];
                    }
                }
                double shrink = 1 - stepNow * penalty;
                for (int row : f) {
                    int at = row * classes;
                    for (int c = 0; c < classes; c++) {
                        double before = w[at + c];
                        w[at + c] = before * shrink - p[c];
                        if (averaged) {
                            wSum[at + c] += steps * (w[at + c] - before);
                        }
                    }
                }
                if (averaged) {
                    steps++;
                }
            }
        }
        if (steps > 0) {
            for (int k = 0; k < w.length; k++) {
                w[k] -= wSum[k] / steps;
            }
            for (int c = 0; c < classes; c++) {
                b[c] -= bSum[c] / steps;
            }
        }
        return new Fit(w, b);
    }

    private static void probabilities(int[] rows, double[] w, double[] b, double[] p) {
        int classes = p.length;
        System.arraycopy(b, 0, p, 0, classes);
        for (int row : rows) {
            int at = row * classes;
            for (int c = 0; c < classes; c++) {
                p[c] += w[at + c];
            }
        }
        softmax(p);
    }

    /** Turns scores into probabilities in place. */
    static void softmax(double[] p) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : p) {
            max = Math.max(max, v);
        }
        double sum = 0;
        for (int c = 0; c < p.length; c++) {
            p[c] = Math.exp(p[c] - max);
            sum += p[c];
        }
        for (int c = 0; c < p.length; c++) {
            p[c] /= sum;
        }
    }
}
