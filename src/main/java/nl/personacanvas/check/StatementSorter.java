package nl.personacanvas.check;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.personacanvas.matrix.CompetencyMatrix;
import nl.personacanvas.model.Quadrant;

/**
 * Places loose statements (sticky notes) on a canvas for a core activity: in the quadrant they fit best,
 * or as generic when they are another person's task or too general. Thread-safe.
 *
 * <p>The order of the decisions follows the study's own analysis: first whose task it is, then whether
 * it is an attitude, then whether it is specific to internationalisation at all, and only then which
 * of the three activity quadrants it belongs to.
 */
public final class StatementSorter {
    private static final double OTHER_PERSON_CONFIDENCE = 0.9;
    private static final double ATTITUDE_PHRASED_CONFIDENCE = 0.9;
    private static final double TOO_GENERAL_CONFIDENCE = 0.75;

    private final Lexicons lexicons;

    public StatementSorter(CompetencyMatrix matrix) {
        this(new Lexicons(matrix));
    }

    StatementSorter(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    public CompetencyMatrix matrix() {
        return lexicons.matrix;
    }

    /**
     * @param matrixActivityId A1..A5, or null for a school's own activity (then only the professional row
     *                         and the shared attitudes are candidates)
     */
    public SortedStatement sort(String text, String matrixActivityId) {
        return sort(lexicons.analyzer.analyze(text), matrixActivityId);
    }

    SortedStatement sort(AnalyzedText text, String matrixActivityId) {
        Map<Quadrant, Double> scores = lexicons.classifier.classify(text);
        Quadrant best = best(scores);
        if (text.isEmpty()) {
            return generic(text, GenericReason.TOO_GENERAL, 1.0, scores);
        }
        if (lexicons.actors.isOtherPerson(text)) {
            return generic(text, GenericReason.OTHER_PERSON, OTHER_PERSON_CONFIDENCE, scores);
        }
        AttitudeRecognizer.Recognition attitudes = lexicons.attitudes.recognise(text);
        List<String> names = attitudes.attitudes();
        if (!names.isEmpty() && (attitudes.phrasedAsAttitude() || best == Quadrant.ATTITUDE)) {
            double confidence = attitudes.phrasedAsAttitude()
                    ? Math.max(ATTITUDE_PHRASED_CONFIDENCE, scores.get(Quadrant.ATTITUDE))
                    : scores.get(Quadrant.ATTITUDE);
            return placed(text, Quadrant.ATTITUDE, names, confidence, scores, matrixActivityId);
        }
        Optional<String> cue = lexicons.cues.find(text, matrixActivityId);
        if (cue.isEmpty()) {
            return generic(text, GenericReason.TOO_GENERAL, TOO_GENERAL_CONFIDENCE, scores);
        }
        return placed(text, best, best == Quadrant.ATTITUDE ? names : List.of(), scores.get(best), scores,
                matrixActivityId);
    }

    private SortedStatement placed(AnalyzedText text, Quadrant quadrant, List<String> attitudes, double confidence,
                                   Map<Quadrant, Double> scores, String matrixActivityId) {
        List<ElementMatch> elements = lexicons.elements.match(text, matrixActivityId, quadrant);
        return new SortedStatement(text.text(), Placement.of(quadrant), null, elements, attitudes,
                round(confidence), scores);
    }

    private static SortedStatement generic(AnalyzedText text, GenericReason reason, double confidence,
                                           Map<Quadrant, Double> scores) {
        return new SortedStatement(text.text(), Placement.GENERIC, reason, List.of(), List.of(), confidence, scores);
    }

    static Quadrant best(Map<Quadrant, Double> scores) {
        return scores.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
