package nl.personacanvas.check;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The attitude model's fitted weights as shipped ({@code attitude-weights.txt}), so that loading the lexicons reads
 * them instead of fitting 60 passes at every start (docs/checker.md, session 19, perf19). The file names the digest
 * of the examples it was fitted on ({@link AttitudeTraining.Examples#digest()}); its weights are used only when the
 * current examples have that digest, else the model is trained as before. Weights are keyed by the feature as text
 * ("word begeleid"), not by stem number, and written exactly (each double's bits).
 *
 * <p>The file is written by {@code packaging/attitude-weights.sh}; {@code AttitudeWeightsTest} fails when it no
 * longer matches the examples or a fresh fit.
 */
final class AttitudeWeights {
    static final String RESOURCE = "attitude-weights.txt";
    /** The line naming the examples' digest. */
    static final String DIGEST = "digest ";
    /** The line naming the classes, in the model's order, between bars (names hold spaces: "lerende houding"). */
    static final String CLASSES = "classes ";
    private static final String BIAS = "bias";

    /** No shipped weights: the model always trains. */
    static final AttitudeWeights NONE = new AttitudeWeights("");

    /** The file's text, parsed only when its digest matches. */
    private final String text;

    private AttitudeWeights(String text) {
        this.text = text;
    }

    /** The weights shipped in the jar, or {@link #NONE} without the file. */
    static AttitudeWeights bundled() {
        try (InputStream in = AttitudeWeights.class.getResourceAsStream(RESOURCE)) {
            return in == null ? NONE : new AttitudeWeights(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static AttitudeWeights of(String text) {
        return new AttitudeWeights(text);
    }

    /** The digest the weights were fitted on, or "" when the text names none. */
    String digest() {
        for (int at = 0; at < text.length(); ) {
            int end = lineEnd(at);
            if (text.startsWith(DIGEST, at)) {
                return text.substring(at + DIGEST.length(), end).strip();
            }
            if (text.charAt(at) != '#') {
                return "";
            }
            at = end + 1;
        }
        return "";
    }

    /**
     * The shipped weights in {@code examples}' rows, or null when they were fitted on other examples (another
     * digest) or lack a feature or a class of them.
     */
    SoftmaxRegression.Fit matching(AttitudeTraining.Examples examples) {
        if (text.isEmpty() || !digest().equals(examples.digest())) {
            return null;
        }
        int classes = examples.classes().size();
        Map<String, Integer> rowOf = new HashMap<>();
        for (int row = 0; row < examples.keys().size(); row++) {
            rowOf.put(examples.keys().get(row), row);
        }
        double[] weights = new double[examples.keys().size() * classes];
        double[] bias = null;
        boolean[] read = new boolean[examples.keys().size()];
        int rowsRead = 0;
        String order = null;
        for (int at = 0; at < text.length(); ) {
            int end = lineEnd(at);
            String line = text.substring(at, end).strip();
            at = end + 1;
            if (line.isEmpty() || line.startsWith("#") || line.startsWith(DIGEST)) {
                continue;
            }
            if (line.startsWith(CLASSES)) {
                order = line.substring(CLASSES.length());
                continue;
            }
            int space = line.lastIndexOf(' ');
            double[] values = space < 0 ? null : decoded(line.substring(space + 1), classes);
            if (values == null) {
                return null;
            }
            String key = line.substring(0, space);
            Integer row = rowOf.get(key);
            if (key.equals(BIAS)) {
                bias = values;
            } else if (row != null && !read[row]) {
                read[row] = true;
                rowsRead++;
                System.arraycopy(values, 0, weights, row * classes, classes);
            }
        }
        return bias != null && rowsRead == read.length && classesLine(examples).equals(order)
                ? new SoftmaxRegression.Fit(weights, bias) : null;
    }

    /** A row's weights: Base64 of each double's 8 bytes (its exact bits), or null when they are not {@code classes}. */
    private static double[] decoded(String base64, int classes) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (bytes.length != classes * Double.BYTES) {
            return null;
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        double[] values = new double[classes];
        for (int c = 0; c < classes; c++) {
            values[c] = buffer.getDouble();
        }
        return values;
    }

    /** The file's lines for {@code fit}, fitted on {@code examples}: the header, the classes, the bias, a row per feature. */
    static List<String> lines(AttitudeTraining.Examples examples, SoftmaxRegression.Fit fit) {
        int classes = examples.classes().size();
        List<String> lines = new ArrayList<>(List.of(
                "# The attitude model's fitted weights (AttitudeModel, AttitudeTraining), read when the lexicons load",
                "# instead of fitting again. Generated by packaging/attitude-weights.sh; run it again after changing the",
                "# attitude examples, the labelled sets, a lexicon or rule that moves their stems, or the fit, instead of",
                "# editing this file (without it, or when the digest below differs, the model is trained at each start).",
                "# Lines: the classes; then \"bias\" and per feature (\"word STEM\", \"opening STEM\", \"negated STEM\")",
                "# its weights, one per class in that order: Base64 of each double's 8 bytes, big-endian (the exact bits;",
                "# decimals would take longer to read than the fit they replace).",
                DIGEST + examples.digest(),
                CLASSES + classesLine(examples)));
        lines.add(row(BIAS, fit.bias(), 0, classes));
        for (int row = 0; row < examples.keys().size(); row++) {
            String key = examples.keys().get(row);
            if (key.split(" ").length != 2) {
                throw new IllegalStateException("A feature with a space in its stem: " + key);
            }
            lines.add(row(key, fit.weights(), row * classes, classes));
        }
        return lines;
    }

    private static String classesLine(AttitudeTraining.Examples examples) {
        return String.join("|", examples.classes());
    }

    private static String row(String key, double[] values, int from, int classes) {
        ByteBuffer buffer = ByteBuffer.allocate(classes * Double.BYTES);
        for (int c = 0; c < classes; c++) {
            buffer.putDouble(values[from + c]);
        }
        return key + " " + Base64.getEncoder().encodeToString(buffer.array());
    }

    private int lineEnd(int from) {
        int end = text.indexOf('\n', from);
        return end < 0 ? text.length() : end;
    }
}
