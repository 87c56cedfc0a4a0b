package nl.personacanvas.check;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores the sorter on labelled statements: quadrant accuracy (a label in also_accept counts as right),
 * precision and recall per quadrant, and micro-averaged F1 of the attitudes named.
 *
 * @param total         statements scored
 * @param correct       placed in an accepted quadrant
 * @param perPlacement  precision and recall per placement
 * @param attitudeF1    micro F1 over all attitude names (1.0 when neither side names any)
 * @param mistakes      every statement placed outside its accepted quadrants, or with wrong attitudes
 */
public record Evaluation(int total, int correct, Map<Placement, PrecisionRecall> perPlacement, double attitudeF1,
                         List<Mistake> mistakes) {

    /** Precision and recall of one placement; NaN when undefined (nothing predicted or expected). */
    public record PrecisionRecall(int truePositives, int predicted, int expected) {
        public double precision() {
            return predicted == 0 ? Double.NaN : (double) truePositives / predicted;
        }

        public double recall() {
            return expected == 0 ? Double.NaN : (double) truePositives / expected;
        }
    }

    /** A statement the sorter got wrong. */
    public record Mistake(LabelledStatement expected, SortedStatement actual) {
    }

    public double accuracy() {
        return total == 0 ? Double.NaN : (double) correct / total;
    }

    public static Evaluation run(List<LabelledStatement> statements, StatementSorter sorter) {
        int correct = 0;
        int[] tp = new int[Placement.values().length];
        int[] predicted = new int[tp.length];
        int[] expected = new int[tp.length];
        int attitudeTp = 0;
        int attitudePredicted = 0;
        int attitudeExpected = 0;
        List<Mistake> mistakes = new ArrayList<>();
        for (LabelledStatement s : statements) {
            SortedStatement actual = sorter.sort(s.text(), s.activity());
            boolean right = s.accepts(actual.placement());
            // Precision/recall per quadrant: a defensible alternative counts as its own label.
            Placement truth = right ? actual.placement() : s.placement();
            correct += right ? 1 : 0;
            predicted[actual.placement().ordinal()]++;
            expected[truth.ordinal()]++;
            if (right) {
                tp[truth.ordinal()]++;
            }
            Set<String> want = new HashSet<>(s.attitudes());
            Set<String> got = new HashSet<>(actual.attitudes());
            attitudePredicted += got.size();
            attitudeExpected += want.size();
            got.retainAll(want);
            attitudeTp += got.size();
            if (!right || !new HashSet<>(actual.attitudes()).equals(want)) {
                mistakes.add(new Mistake(s, actual));
            }
        }
        Map<Placement, PrecisionRecall> per = new EnumMap<>(Placement.class);
        for (Placement p : Placement.values()) {
            per.put(p, new PrecisionRecall(tp[p.ordinal()], predicted[p.ordinal()], expected[p.ordinal()]));
        }
        double f1 = attitudePredicted + attitudeExpected == 0 ? 1.0
                : 2.0 * attitudeTp / (attitudePredicted + attitudeExpected);
        return new Evaluation(statements.size(), correct, per, f1, mistakes);
    }
}
