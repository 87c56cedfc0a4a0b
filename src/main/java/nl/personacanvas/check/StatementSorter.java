package nl.personacanvas.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.personacanvas.matrix.Attitude;
import nl.personacanvas.matrix.CompetencyMatrix;
import nl.personacanvas.model.Quadrant;

/**
 * Places loose statements (sticky notes) on a canvas for a core activity: in the quadrant they fit best,
 * or as generic when they are another person's task or too general. Thread-safe.
 *
 * <p>The order of the decisions follows the study's own analysis: first whose task it is, then whether
 * it is an attitude (both read by {@link StatementProfiler}, whatever the activity), then whether it is specific to
 * internationalisation for this activity at all, and only then which of the three activity quadrants it belongs to.
 */
public final class StatementSorter {
    private static final double OTHER_PERSON_CONFIDENCE = 0.9;
    private static final double ATTITUDE_PHRASED_CONFIDENCE = 0.9;
    private static final double TOO_GENERAL_CONFIDENCE = 0.75;

    private final Lexicons lexicons;
    private final StatementProfiler profiler;
    /** Per matrix activity the names of its attitudes (shared and specific); under null the shared ones. */
    private final Map<String, Set<String>> attitudesByActivity = new HashMap<>();

    public StatementSorter(CompetencyMatrix matrix) {
        this(new Lexicons(matrix));
    }

    StatementSorter(Lexicons lexicons) {
        this(lexicons, new StatementProfiler(lexicons));
    }

    /** A sorter placing the profiles {@code profiler} reads (the checker keeps them per distinct text). */
    StatementSorter(Lexicons lexicons, StatementProfiler profiler) {
        this.lexicons = lexicons;
        this.profiler = profiler;
        CompetencyMatrix matrix = lexicons.matrix;
        attitudesByActivity.put(null, names(matrix.sharedAttitudes()));
        matrix.activities().forEach(a -> attitudesByActivity.put(a.id(), names(matrix.attitudesFor(a.id()))));
    }

    private static Set<String> names(List<Attitude> attitudes) {
        return attitudes.stream().map(Attitude::name).collect(Collectors.toUnmodifiableSet());
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
        return sort(profiler.profile(text), matrixActivityId);
    }

    SortedStatement sort(StatementProfile profile, String matrixActivityId) {
        Map<Quadrant, Double> scores = profile.scores();
        Quadrant best = profile.best();
        String text = profile.text();
        if (profile.decided() == GenericReason.TOO_GENERAL) {
            return generic(text, GenericReason.TOO_GENERAL, 1.0, scores);
        }
        if (profile.decided() == GenericReason.OTHER_PERSON) {
            return generic(text, GenericReason.OTHER_PERSON, OTHER_PERSON_CONFIDENCE, scores);
        }
        AttitudeRecognizer.Recognition attitudes = profile.attitudes();
        List<String> names = withBeside(ofActivity(attitudes, matrixActivityId), profile.beside(), matrixActivityId);
        boolean international = InternationalCues.appliesTo(profile.cueScopes(), matrixActivityId);
        if (!names.isEmpty() && (attitudes.phrasedAsAttitude() || best == Quadrant.ATTITUDE)
                && (international || !profile.everydayQuality())) {
            double confidence = attitudes.phrasedAsAttitude()
                    ? Math.max(ATTITUDE_PHRASED_CONFIDENCE, scores.get(Quadrant.ATTITUDE))
                    : scores.get(Quadrant.ATTITUDE);
            return placed(profile, Quadrant.ATTITUDE, names, confidence, matrixActivityId);
        }
        // An everyday quality said of the teacher ("Is altijd punctueel op excursies") is too general where only the
        // activity's own setting counts as abroad (the trip in A5, the placement in A4): the quality is what it says,
        // the setting no international content (session 24).
        if (!international || profile.describedQuality()
                && !InternationalCues.sameForEveryActivity(profile.cueScopes())) {
            return generic(text, GenericReason.TOO_GENERAL, TOO_GENERAL_CONFIDENCE, scores);
        }
        // An attitude statement names an attitude; one the classifier leans to Houding for without naming any
        // ("Kan een gesprek over polarisatie in goede banen leiden") is about what the teacher does.
        Quadrant activityBest = best == Quadrant.ATTITUDE ? QuadrantScores.bestActivityQuadrant(scores) : best;
        return placed(profile, activityBest, List.of(), scores.get(activityBest), matrixActivityId);
    }

    /**
     * When a statement's words name several attitudes and some of them are the activity's, those: the matrix
     * lists per activity the attitudes that matter for it ("durft" is ondernemend on a trip abroad,
     * zelfvertrouwen in a diverse classroom). An attitude named by its own word ("Is veerkrachtig en
     * daadkrachtig") stays; names of which none is the activity's are kept as they are.
     */
    private List<String> ofActivity(AttitudeRecognizer.Recognition recognition, String matrixActivityId) {
        List<String> names = recognition.attitudes();
        if (names.size() < 2) {
            return names;
        }
        Set<String> fitting = attitudesByActivity.getOrDefault(matrixActivityId, attitudesByActivity.get(null));
        List<String> kept = names.stream()
                .filter(n -> fitting.contains(n) || recognition.literal().contains(n)).toList();
        return kept.isEmpty() ? names : kept;
    }

    /** The lexicons' names plus the model's attitude beside them, when it is one of the activity's. */
    private List<String> withBeside(List<String> names, String beside, String matrixActivityId) {
        if (beside == null
                || !attitudesByActivity.getOrDefault(matrixActivityId, attitudesByActivity.get(null)).contains(beside)) {
            return names;
        }
        List<String> result = new ArrayList<>(names);
        result.add(beside);
        return List.copyOf(result);
    }

    private SortedStatement placed(StatementProfile profile, Quadrant quadrant, List<String> attitudes,
                                   double confidence, String matrixActivityId) {
        List<ElementMatch> elements = lexicons.elements.match(profile.misses(), matrixActivityId, quadrant);
        return new SortedStatement(profile.text(), Placement.of(quadrant), null, elements, attitudes,
                round(confidence), profile.scores());
    }

    private static SortedStatement generic(String text, GenericReason reason, double confidence,
                                           Map<Quadrant, Double> scores) {
        return new SortedStatement(text, Placement.GENERIC, reason, List.of(), List.of(), confidence, scores);
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
