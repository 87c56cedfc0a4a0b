package nl.personacanvas.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The shared trainer: it learns which class each feature points to, gives the same weights on every run (the
 * golden decisions depend on it), and its softmax makes probabilities.
 */
class SoftmaxRegressionTest {
    private static final SoftmaxRegression TRAINER = new SoftmaxRegression(15, 0.5, 1e-3, 17, 15);
    /** Rows 0 and 1 point to class 0, row 2 to class 1, row 3 to class 2; row 4 occurs in every class. */
    private static final int[][] EXAMPLES = {{0, 4}, {1, 4}, {0, 1}, {2, 4}, {2}, {3, 4}, {3}};
    private static final int[] LABELS = {0, 0, 0, 1, 1, 2, 2};

    @Test
    void learnsTheClassEachFeaturePointsTo() {
        SoftmaxRegression.Fit fit = TRAINER.fit(EXAMPLES, LABELS, 3, 5);

        for (int row = 0; row < 4; row++) {
            double[] p = score(fit, row);
            int expected = row < 2 ? 0 : row - 1;
            assertThat(top(p)).as("row %d", row).isEqualTo(expected);
            assertThat(p[expected]).as("row %d", row).isGreaterThan(0.6);
        }
    }

    @Test
    void givesTheSameWeightsOnEveryRun() {
        SoftmaxRegression.Fit first = TRAINER.fit(EXAMPLES, LABELS, 3, 5);
        SoftmaxRegression.Fit second = TRAINER.fit(EXAMPLES, LABELS, 3, 5);

        assertThat(second.weights()).containsExactly(first.weights());
        assertThat(second.bias()).containsExactly(first.bias());
    }

    @Test
    void averagedWeightsLearnTheSameAndDependLessOnTheShuffle() {
        SoftmaxRegression.Fit last17 = TRAINER.fit(EXAMPLES, LABELS, 3, 5);
        SoftmaxRegression.Fit last18 = new SoftmaxRegression(15, 0.5, 1e-3, 18, 15).fit(EXAMPLES, LABELS, 3, 5);
        SoftmaxRegression.Fit averaged17 = new SoftmaxRegression(60, 0.2, 1e-3, 17, 10).fit(EXAMPLES, LABELS, 3, 5);
        SoftmaxRegression.Fit averaged18 = new SoftmaxRegression(60, 0.2, 1e-3, 18, 10).fit(EXAMPLES, LABELS, 3, 5);

        for (int row = 0; row < 4; row++) {
            assertThat(top(score(averaged17, row))).as("row %d", row).isEqualTo(row < 2 ? 0 : row - 1);
        }
        assertThat(distance(averaged17, averaged18)).isLessThan(distance(last17, last18) / 2);
    }

    @Test
    void softmaxMakesProbabilitiesThatKeepTheOrderEvenForLargeScores() {
        double[] p = {1002.0, 1000.0, 1003.0, 999.0};

        SoftmaxRegression.softmax(p);

        assertThat(p[0] + p[1] + p[2] + p[3]).isCloseTo(1.0, within(1e-12));
        assertThat(p[2]).isGreaterThan(p[0]);
        assertThat(p[0]).isGreaterThan(p[1]).isGreaterThan(p[3]).isPositive();
        assertThat(p[2] / p[0]).isCloseTo(Math.E, within(1e-9));
    }

    private static double[] score(SoftmaxRegression.Fit fit, int row) {
        double[] p = fit.bias().clone();
        for (int c = 0; c < p.length; c++) {
            p[c] += fit.weights()[row * p.length + c];
        }
        SoftmaxRegression.softmax(p);
        return p;
    }

    private static double distance(SoftmaxRegression.Fit a, SoftmaxRegression.Fit b) {
        double sum = 0;
        for (int k = 0; k < a.weights().length; k++) {
            sum += Math.abs(a.weights()[k] - b.weights()[k]);
        }
        return sum;
    }

    private static int top(double[] p) {
        int top = 0;
        for (int c = 1; c < p.length; c++) {
            top = p[c] > p[top] ? c : top;
        }
        return top;
    }
}
