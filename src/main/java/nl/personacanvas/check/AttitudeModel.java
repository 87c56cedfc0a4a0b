package nl.personacanvas.check;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A trained model of which matrix attitude a statement expresses, for wording no lexicon foresaw ("Raakt niet
 * van slag als het programma anders loopt"): multinomial logistic regression over the analysed words of the
 * statement ({@link AttitudeFeatures}: stems, compound parts and function words such as "niet" or "hem", plus the
 * opening word as a feature of its own), with one class per attitude and one for "no attitude". It is trained ({@link
 * AttitudeTraining}) on examples alone: {@code attitude-examples.txt} and the labelled sets of {@code
 * labelled-training.txt} ({@link LabelledTraining}), never on the lexicons, so an edit of a lexicon or of the
 * classifier's statements does not move what it names. When the lexicons load, the weights shipped in the jar
 * ({@link AttitudeWeights}) are read instead, if they were fitted on exactly these examples' features. It names
 * an attitude only when its probability reaches a threshold, at most two per statement, and only where the sorter
 * lets it.
 */
final class AttitudeModel {
    /** The label of a statement that expresses no attitude. */
    static final String NONE = "none";
    /**
     * Probability from which the model names an attitude where the lexicons named none, in a statement shaped
     * as an attitude or one the classifier leans to Houding for ("Krabbelt snel weer op als ..." opens with no
     * attitude word); calibration in docs/checker.md. The thresholds below are those of the fit before its weights
     * were averaged (0.85 here), carried over by five-fold cross-validation on the examples: the averaged fit is less
     * sure, and at 0.75 it names as many held-out examples, as many of them right, as that fit did at 0.85 (session
     * 18, att18).
     */
    static final double NAME_THRESHOLD = 0.75;
    /**
     * The name threshold where the quadrant classifier is sure the statement is Houding ({@link #SURE_HOUDING}) and
     * it is shaped as an attitude or describes behaviour ("Ik blijf geduldig als ..."): there the quadrant is no
     * longer in doubt, only which attitude, and a statement of behaviour the model half names would else go to a
     * task quadrant with nothing named (session 16, att16b). 0.6 on the fit before averaging; 0.5 names held-out
     * examples as precisely on the averaged fit (session 18, att18).
     */
    static final double SURE_NAME_THRESHOLD = 0.5;
    /** The classifier's Houding score from which it is sure (see {@link #SURE_NAME_THRESHOLD}). */
    static final double SURE_HOUDING = 0.75;
    /**
     * Probability from which the model adds its attitude beside those the lexicons named in an attitude statement:
     * as sure as it must be to name one alone. Session 10 set 0.95 (a wrong second name costs as much as a missed
     * one); with the study sets S25-S28 among the training data, 0.85 adds names that are right more often than
     * F1 / 2 of the time, the point from which a name raises F1 (docs/checker.md, session 11). 0.75 on the averaged
     * fit, as {@link #NAME_THRESHOLD} (session 18, att18).
     */
    static final double BESIDE_THRESHOLD = 0.75;
    /**
     * Probability from which the model adds its attitude beside the lexicons' names when the evidence model finds
     * any family of that attitude in the statement too (two readings agree; docs/checker.md, session 14): alone,
     * 0.7 helped the unseen pools and cost the studied ones (session 12); with the evidence it costs neither.
     * 0.69 since the opening moved to the main clause (session 17): the refit put a pinned second name ("Oppikken dat
     * een stagiair ... zich eenzaam voelt": empathisch beside alert) from 0.71 to just under 0.7; 0.69 keeps it and
     * changes nothing else in the studied, blind, own, dev or unseen figures. On the averaged fit (session 17, att17b)
     * 0.6 names as many held-out examples as 0.69 did before (session 18, att18).
     */
    static final double SUPPORTED_BESIDE_THRESHOLD = 0.6;
    /** Probability from which a second attitude is named beside the first. */
    static final double SECOND_THRESHOLD = 0.1;
    /**
     * An opening word that opens more than this many times as many task statements as attitude statements among
     * the examples ("Coacht", "Leidt", "Regelt", "Past ... aan") opens an action: the model names no attitude
     * there, however its other words lean ("Coacht de student om zelf vragen te stellen").
     */
    static final int TASK_OPENING_RATIO = 3;
    /** A labelled example; {@code attitude} is null for a statement that expresses none. */
    record Example(String attitude, String text) {
    }

    /** Classes: the attitudes in the order given, then "no attitude". */
    private final int classes;
    private final double[] bias;
    /** Per feature its row in {@link #weights}, by stem number: words, opening words, negated words. */
    private final int[] wordRow;
    private final int[] headRow;
    private final int[] negatedRow;
    /** By stem number of an opening word, whether the examples open mostly tasks with it. */
    private final boolean[] taskOpening;
    /** Flat, row by row, {@link #classes} weights per feature. */
    private final double[] weights;
    private final List<String> names;
    private final boolean shipped;

    /**
     * The model for these examples: the weights shipped in {@code attitude-weights.txt} when they were fitted on
     * exactly these examples' features, else trained ({@link AttitudeTraining}).
     *
     * @param names the attitude names, in the order of the lexicons; an example names one of them, or none
     */
    AttitudeModel(List<Example> examples, List<String> names, TextAnalyzer analyzer) {
        this(examples, names, analyzer, AttitudeWeights.bundled());
    }

    /** As the above, taking {@code shipped}'s weights where they match the examples ({@link AttitudeWeights#NONE}: trains). */
    AttitudeModel(List<Example> examples, List<String> names, TextAnalyzer analyzer, AttitudeWeights shipped) {
        this.names = List.copyOf(names);
        this.classes = names.size() + 1;
        AttitudeTraining.Fit fit = AttitudeTraining.fit(AttitudeTraining.examples(examples, this.names, analyzer), shipped);
        this.shipped = fit.shipped();
        this.weights = fit.weights();
        this.bias = fit.bias();
        this.wordRow = rowsOf(fit.rows(), 0);
        this.headRow = rowsOf(fit.rows(), AttitudeFeatures.HEAD);
        this.negatedRow = rowsOf(fit.rows(), AttitudeFeatures.NEGATED);
        this.taskOpening = new boolean[fit.openings().keySet().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1];
        // Counts are {attitude statements, task statements} opening with the word.
        fit.openings().forEach((id, counts) -> taskOpening[id] = counts[1] > TASK_OPENING_RATIO * counts[0]);
    }

    /** Whether the weights were read from {@code attitude-weights.txt} rather than fitted when loading. */
    boolean shipped() {
        return shipped;
    }

    /** By stem number, the row of the features of one kind (plain word, opening word, negated word), or -1. */
    private static int[] rowsOf(Map<Integer, Integer> rows, int kind) {
        int max = -1;
        for (int feature : rows.keySet()) {
            if ((feature & (AttitudeFeatures.HEAD | AttitudeFeatures.NEGATED)) == kind) {
                max = Math.max(max, feature & ~kind);
            }
        }
        int[] result = filled(max + 1);
        rows.forEach((feature, row) -> {
            if ((feature & (AttitudeFeatures.HEAD | AttitudeFeatures.NEGATED)) == kind) {
                result[feature & ~kind] = row;
            }
        });
        return result;
    }

    private static int[] filled(int size) {
        int[] a = new int[size];
        Arrays.fill(a, -1);
        return a;
    }

    static List<Example> parse(List<String> lines) {
        return AttitudeTraining.parse(lines);
    }

    private static int top(double[] p) {
        int top = 0;
        for (int c = 1; c < p.length; c++) {
            if (p[c] > p[top]) {
                top = c;
            }
        }
        return top;
    }

    /** Probability per class: the attitudes in the order given, then "no attitude". */
    double[] probabilities(AnalyzedText text) {
        double[] p = bias.clone();
        List<Word> words = text.words();
        int negation = -AttitudeFeatures.NEGATION_REACH - 1;
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            if (AttitudeFeatures.FIRST_PERSON.equals(w.surface())) {
                continue;
            }
            int[] rows = i - negation <= AttitudeFeatures.NEGATION_REACH ? negatedRow : wordRow;
            add(p, row(rows, w.id()));
            for (int part : w.partIds()) {
                add(p, row(rows, part));
            }
            negation = w.is(WordClass.NEGATION) ? i : negation;
        }
        int opening = AttitudeFeatures.opening(text);
        if (opening >= 0) {
            add(p, row(headRow, words.get(opening).id()));
        }
        SoftmaxRegression.softmax(p);
        return p;
    }

    private boolean opensTask(AnalyzedText text) {
        int opening = AttitudeFeatures.opening(text);
        int id = opening < 0 ? -1 : text.words().get(opening).id();
        return id >= 0 && id < taskOpening.length && taskOpening[id];
    }

    private static int row(int[] rows, int id) {
        return id < rows.length ? rows[id] : -1;
    }

    private void add(double[] p, int row) {
        if (row >= 0) {
            int at = row * classes;
            for (int c = 0; c < classes; c++) {
                p[c] += weights[at + c];
            }
        }
    }

    /**
     * Completes what the lexicons recognised: where they named nothing, and the statement may be an attitude
     * statement ({@code mayName}: shaped as one, describing behaviour in a situation, or the quadrant classifier
     * leans to Houding), the attitudes the model is confident the statement expresses (at most two, most probable
     * first), as an attitude statement; where they named attitudes in a statement not phrased as one but
     * describing behaviour in a situation ({@code inSituation}: "Gooit het programma zonder morren om als ..."),
     * an attitude statement when the model's most probable attitude is one of them. Never in a statement that
     * opens with a word the examples use mostly for tasks ({@link #TASK_OPENING_RATIO}). Else the recognition as it
     * was: the model never overrides the lexicons, and on its own say never makes a task or an everyday sentence
     * an attitude.
     */
    AttitudeRecognizer.Recognition complete(AnalyzedText text, AttitudeRecognizer.Recognition recognised,
                                            boolean mayName, boolean inSituation) {
        return complete(text, recognised, mayName, inSituation, NAME_THRESHOLD);
    }

    /** As {@link #complete(AnalyzedText, AttitudeRecognizer.Recognition, boolean, boolean)}, naming from {@code threshold}. */
    AttitudeRecognizer.Recognition complete(AnalyzedText text, AttitudeRecognizer.Recognition recognised,
                                            boolean mayName, boolean inSituation, double threshold) {
        if (!mayName || text.isEmpty() || opensTask(text)
                || !recognised.attitudes().isEmpty() && !inSituation) {
            return recognised;
        }
        double[] p = probabilities(text);
        if (!recognised.attitudes().isEmpty()) {
            // Behaviour in a situation the lexicon reads as an attitude and the model does too: two readings agree.
            int top = top(p);
            return top < classes - 1 && p[top] >= NAME_THRESHOLD && recognised.attitudes().contains(names.get(top))
                    ? new AttitudeRecognizer.Recognition(recognised.attitudes(), true, recognised.literal())
                    : recognised;
        }
        int none = classes - 1;
        int first = 0;
        int second = -1;
        for (int c = 1; c < none; c++) {
            if (p[c] > p[first]) {
                second = first;
                first = c;
            } else if (second < 0 || p[c] > p[second]) {
                second = c;
            }
        }
        if (p[first] < threshold) {
            return recognised;
        }
        List<String> named = p[second] >= SECOND_THRESHOLD
                ? List.of(names.get(first), names.get(second)) : List.of(names.get(first));
        return new AttitudeRecognizer.Recognition(named, true, List.of());
    }

    /**
     * The attitude the model is all but sure of ({@link #BESIDE_THRESHOLD}), or fairly sure of
     * ({@link #SUPPORTED_BESIDE_THRESHOLD}) when {@code supported} says other evidence of it is in the statement, in
     * an attitude statement the lexicons named other attitudes in, or null: behaviour often shows two attitudes
     * while the lexicon's phrase names one ("Gooit de planning om als ... en hakt de knoop door"). Never after an
     * opening the examples use mostly for tasks. The sorter adds it beside the lexicons' names only where it is one
     * of the activity's attitudes.
     */
    String beside(AnalyzedText text, AttitudeRecognizer.Recognition recognised, Predicate<String> supported) {
        if (recognised.attitudes().isEmpty() || text.isEmpty() || opensTask(text)) {
            return null;
        }
        double[] p = probabilities(text);
        int top = top(p);
        if (top == classes - 1 || recognised.attitudes().contains(names.get(top))) {
            return null;
        }
        return p[top] >= BESIDE_THRESHOLD || p[top] >= SUPPORTED_BESIDE_THRESHOLD && supported.test(names.get(top))
                ? names.get(top) : null;
    }
}
