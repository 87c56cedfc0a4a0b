package nl.personacanvas.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Trains {@link AttitudeModel}: numbers the examples' features and fits a {@link SoftmaxRegression} on them. Also
 * counts, per opening word, how many attitude and how many task statements open with it.
 */
final class AttitudeTraining {
    /**
     * Passes over the examples, step size, L2 penalty, and the first pass averaged into the weights. Session 6 tuned
     * 15 passes at step 0.5 by cross-validation; that fit still moved with its shuffle (seeds 17 and 18 gave 18 of
     * the 1,200 studied statements a different decision), so rewording a few examples moved the pools by chance.
     * 60 passes at step 0.2, averaged from pass 10 on, change 3 (docs/checker.md, session 17, att17b).
     */
    private static final int EPOCHS = 60;
    private static final double STEP = 0.2;
    private static final double PENALTY = 1e-3;
    private static final int AVERAGE_FROM = 10;
    private static final long SEED = 17;

    /**
     * The fitted model.
     *
     * @param rows     per feature ({@link AttitudeModel#features}) its row in {@code weights}
     * @param weights  flat, row by row, one weight per class
     * @param bias     one per class
     * @param openings per opening stem number: {attitude statements, task statements} opening with it
     */
    record Fit(Map<Integer, Integer> rows, double[] weights, double[] bias, Map<Integer, int[]> openings) {
    }

    private AttitudeTraining() {
    }

    /**
     * @param names the attitude names, in the order of the lexicons; an example names one of them, or none
     *              (the last class)
     */
    static Fit fit(List<AttitudeModel.Example> examples, List<String> names, TextAnalyzer analyzer) {
        int classes = names.size() + 1;
        Map<String, Integer> classOf = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            classOf.put(names.get(i), i);
        }
        int[] labels = new int[examples.size()];
        int[][] features = new int[examples.size()][];
        Map<Integer, Integer> rows = new HashMap<>();
        Map<Integer, int[]> openings = new HashMap<>();
        for (int e = 0; e < examples.size(); e++) {
            AttitudeModel.Example example = examples.get(e);
            Integer label = example.attitude() == null ? Integer.valueOf(names.size()) : classOf.get(example.attitude());
            if (label == null) {
                throw new IllegalStateException("Unknown attitude in the attitude examples: " + example.attitude());
            }
            labels[e] = label;
            AnalyzedText analysed = analyzer.analyze(example.text());
            int opening = AttitudeModel.opening(analysed);
            if (opening >= 0) {
                openings.computeIfAbsent(analysed.words().get(opening).id(), k -> new int[2])[label == names.size() ? 1 : 0]++;
            }
            int[] f = AttitudeModel.features(analysed);
            for (int k = 0; k < f.length; k++) {
                f[k] = rows.computeIfAbsent(f[k], x -> rows.size());
            }
            features[e] = f;
        }
        SoftmaxRegression.Fit fit = new SoftmaxRegression(EPOCHS, STEP, PENALTY, SEED, AVERAGE_FROM)
                .fit(features, labels, classes, rows.size());
        return new Fit(rows, fit.weights(), fit.bias(), openings);
    }

    /** The lines of an examples file: "attitude | statement" or "none | statement". */
    static List<AttitudeModel.Example> parse(List<String> lines) {
        List<AttitudeModel.Example> result = new ArrayList<>();
        for (String line : lines) {
            int bar = line.indexOf('|');
            if (bar < 0) {
                throw new IllegalStateException("Example line without 'attitude |': " + line);
            }
            String label = line.substring(0, bar).strip();
            result.add(new AttitudeModel.Example(label.equals(AttitudeModel.NONE) ? null : label,
                    line.substring(bar + 1).strip()));
        }
        return result;
    }
}
