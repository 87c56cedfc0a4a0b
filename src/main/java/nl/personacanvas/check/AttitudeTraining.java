package nl.personacanvas.check;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Trains {@link AttitudeModel}: numbers the examples' features and fits a {@link SoftmaxRegression} on them, or
 * takes the fitted weights shipped in {@link AttitudeWeights} when they were fitted on exactly these features.
 * Also counts, per opening word, how many attitude and how many task statements open with it.
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
    private static final SoftmaxRegression REGRESSION = new SoftmaxRegression(EPOCHS, STEP, PENALTY, SEED, AVERAGE_FROM);

    /**
     * The fitted model.
     *
     * @param rows     per feature ({@link AttitudeModel#features}) its row in {@code weights}
     * @param weights  flat, row by row, one weight per class
     * @param bias     one per class
     * @param openings per opening stem number: {attitude statements, task statements} opening with it
     * @param shipped  whether the weights were read from {@link AttitudeWeights} rather than fitted
     */
    record Fit(Map<Integer, Integer> rows, double[] weights, double[] bias, Map<Integer, int[]> openings,
               boolean shipped) {
    }

    /**
     * The examples as the regression sees them: everything a fit depends on, so that equal {@link #digest()}s give
     * equal weights.
     *
     * @param features per example its feature rows, in the order the model sums them
     * @param labels   per example its class
     * @param classes  the attitude names in order, then {@link AttitudeModel#NONE}
     * @param keys     per row its feature as text ({@link AttitudeModel#features}): independent of the stem numbers,
     *                 which the analyser hands out in the order it meets stems
     * @param rows     per feature its row
     * @param openings per opening stem number: {attitude statements, task statements} opening with it
     */
    record Examples(int[][] features, int[] labels, List<String> classes, List<String> keys,
                    Map<Integer, Integer> rows, Map<Integer, int[]> openings) {

        /**
         * SHA-256 of the fit's settings, the classes and every example's label and features as text, in order: the
         * regression's whole input, since rows are numbered by first use. A change of the examples, of a lexicon or
         * rule that moves a word's stem, or of the settings changes it.
         */
        String digest() {
            try {
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                StringBuilder text = new StringBuilder();
                text.append(REGRESSION).append('\n').append(String.join("|", classes)).append('\n');
                for (int e = 0; e < features.length; e++) {
                    text.append(labels[e]);
                    for (int row : features[e]) {
                        text.append(' ').append(keys.get(row));
                    }
                    text.append('\n');
                }
                return HexFormat.of().formatHex(digest.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private AttitudeTraining() {
    }

    /**
     * @param names the attitude names, in the order of the lexicons; an example names one of them, or none
     *              (the last class)
     */
    static Examples examples(List<AttitudeModel.Example> examples, List<String> names, TextAnalyzer analyzer) {
        Map<String, Integer> classOf = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            classOf.put(names.get(i), i);
        }
        int[] labels = new int[examples.size()];
        int[][] features = new int[examples.size()][];
        Map<Integer, Integer> rows = new HashMap<>();
        List<String> keys = new ArrayList<>();
        Map<Integer, int[]> openings = new HashMap<>();
        for (int e = 0; e < examples.size(); e++) {
            AttitudeModel.Example example = examples.get(e);
            Integer label = example.attitude() == null ? Integer.valueOf(names.size()) : classOf.get(example.attitude());
            if (label == null) {
                throw new IllegalStateException("Unknown attitude in the attitude examples: " + example.attitude());
            }
            labels[e] = label;
            AnalyzedText analysed = analyzer.analyze(example.text());
            int opening = AttitudeFeatures.opening(analysed);
            if (opening >= 0) {
                openings.computeIfAbsent(analysed.words().get(opening).id(), k -> new int[2])[label == names.size() ? 1 : 0]++;
            }
            List<Integer> f = new ArrayList<>();
            AttitudeFeatures.features(analysed, (feature, key) -> f.add(rows.computeIfAbsent(feature, x -> {
                keys.add(key);
                return rows.size();
            })));
            features[e] = f.stream().mapToInt(Integer::intValue).toArray();
        }
        List<String> classes = new ArrayList<>(names);
        classes.add(AttitudeModel.NONE);
        return new Examples(features, labels, List.copyOf(classes), List.copyOf(keys), rows, openings);
    }

    /** Fits the model on {@code examples}, or takes {@code shipped}'s weights where they were fitted on the same. */
    static Fit fit(Examples examples, AttitudeWeights shipped) {
        SoftmaxRegression.Fit weights = shipped.matching(examples);
        boolean read = weights != null;
        if (!read) {
            weights = fitted(examples);
        }
        return new Fit(examples.rows(), weights.weights(), weights.bias(), examples.openings(), read);
    }

    /** A fresh fit, whatever is shipped. */
    static SoftmaxRegression.Fit fitted(Examples examples) {
        return REGRESSION.fit(examples.features(), examples.labels(), examples.classes().size(), examples.keys().size());
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
