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
 * it is an attitude, then whether it is specific to internationalisation at all, and only then which
 * of the three activity quadrants it belongs to.
 */
public final class StatementSorter {
    private static final double OTHER_PERSON_CONFIDENCE = 0.9;
    private static final double ATTITUDE_PHRASED_CONFIDENCE = 0.9;
    private static final double TOO_GENERAL_CONFIDENCE = 0.75;
    /** The classifier's Houding score from which it leans to Houding (the trained attitude model may name). */
    static final double HOUDING_LEAN = 0.35;
    /** The score of one activity quadrant from which the trained attitude model may not name (see firmTask). */
    static final double FIRM_TASK = 0.9;

    private final Lexicons lexicons;
    /** Per matrix activity the names of its attitudes (shared and specific); under null the shared ones. */
    private final Map<String, Set<String>> attitudesByActivity = new HashMap<>();

    public StatementSorter(CompetencyMatrix matrix) {
        this(new Lexicons(matrix));
    }

    StatementSorter(Lexicons lexicons) {
        this.lexicons = lexicons;
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
        return sort(profile(text), matrixActivityId);
    }

    /**
     * What the sorter finds in a statement whatever the activity: the checker computes it once per distinct
     * text and derives each activity's placement from it with {@link #sort(Profile, String)}. It keeps no
     * reference to the analysed words, so a cache of profiles stays small.
     */
    Profile profile(AnalyzedText text) {
        Map<Quadrant, Double> scores = lexicons.classifier.classify(text);
        Quadrant best = best(scores);
        if (text.isEmpty()) {
            return new Profile(text.text(), scores, best, GenericReason.TOO_GENERAL, null, null, List.of(), null, false,
                    false);
        }
        // The teacher's own "me / zich" taught "door een student" is the teacher's, not the student's (session 25).
        if (lexicons.actors.isOtherPerson(text) && !lexicons.warmScenes.taughtByLearners(text)) {
            return new Profile(text.text(), scores, best, GenericReason.OTHER_PERSON, null, null, List.of(), null, false,
                    false);
        }
        int teacher = lexicons.actors.teacherAsObject(text);
        AttitudeRecognizer.Recognition attitudes = lexicons.attitudes.recognise(text, teacher);
        // The teacher's own curiosity made into a lesson or an assignment: the lesson is the point, a task; the
        // curiosity's word is read as none, as a veto reads it (session 26, att26b).
        boolean lessonMade = lessonMade(text, attitudes);
        if (lessonMade) {
            attitudes = AttitudeRecognizer.Recognition.VETOED;
        }
        String second = attitudes.second();
        // An attitude shown in the teacher's conduct rather than named (session 27, att27).
        ShownConduct.Kind shown = lexicons.shownConduct.read(text);
        if (!attitudes.phrasedAsAttitude()) {
            // The lexicon and the evidence model are precise; the trained model reads wording neither foresaw,
            // but only in a statement shaped as an attitude or one the classifier leans to Houding for: on its
            // own say it never turns a task or an everyday sentence into an attitude.
            // Behaviour in a situation ("... als een stagiair ziek wordt") or as a habit ("Zoekt steeds naar ...")
            // describes what kind of teacher it is: there the model may name, or confirm what the lexicon named;
            // never where the classifier is sure it is a task.
            // A scene's attitude lies in the regard for a person it tells (noticing, care, judging held back,
            // asking first): that is behaviour too, and names what the words and the model leave unnamed.
            // So does a scene told in the past that turns on the deed after an event (a setback, a rebuff).
            PersonRegard.Kind regard = lexicons.regard.read(text);
            // And so does the teacher's own story: a mind changed, one's own background told, oneself placed in
            // one's home region ("Weet van zichzelf dat hij als Limburger ...").
            SetbackScene.Kind scene = SetbackScene.read(text);
            OwnStory.Kind story = OwnStory.read(text);
            boolean home = lexicons.home.read(text);
            // And so does seeing to it that learners of different groups come together ("zorgt dat ... bij elkaar
            // aan tafel schuiven").
            boolean together = BringingTogether.read(text) || lexicons.broughtTogether.read(text);
            // And so do groups mixed where learners are free, and watching out for who drops out (session 23).
            boolean mixed = GroupsMixed.read(text);
            boolean watching = WatchingOut.read(text);
            // And so does a colleague's deed after an event told in a note of its own (session 23).
            SceneAfterNote.Kind note = SceneAfterNote.read(text);
            // And so do a learner who reaches the teacher, news of practice acted on at once, and a way of one's own
            // realised to be one's culture's, in any tense or order (session 24).
            boolean reached = TeacherReached.read(text);
            boolean news = NewsActedOn.read(text);
            boolean realised = OwnWayRealised.read(text);
            // And so do warm scenes: a learner asked how it is, a setback shrugged off, taught by learners (session 25).
            List<String> warm = lexicons.warmScenes.read(text);
            // And so do stances held in a scene: no side taken, oneself caught, a judgement held back (session 26).
            HeldStance.Kind stance = lexicons.stances.read(text);
            // And so does the joiner described ("een echte verbinder"), read where no stance was: it was the stances'
            // last kind before fold26 and keeps that place, after every other scene.
            boolean joiner = stance == null && lexicons.broughtTogether.joiner(text);
            if (stance != null && stance.overridesVeto() && attitudes.vetoed()) {
                // "!houdt ... in de gaten" reads a thing kept in view; the stance found the learner there.
                attitudes = AttitudeRecognizer.Recognition.NONE;
            }
            boolean behaviour = lexicons.attitudes.inSituation(text) || lexicons.attitudes.habitual(text)
                    || Reactions.inFirstPerson(text) || Reactions.afterNoticing(text) || regard != null
                    || scene != null || story != null || home || together || mixed || watching
                    || note != null || reached || news || realised || !warm.isEmpty() || stance != null || joiner
                    || shown != null;
            boolean shaped = behaviour || lexicons.attitudes.shapedAsAttitude(text, teacher);
            boolean mayName = !attitudes.vetoed() && !firmTask(scores) && (shaped || leansToHouding(scores));
            // Where the classifier is sure of Houding and the shape agrees, only the name is in doubt.
            double threshold = shaped && scores.get(Quadrant.ATTITUDE) >= AttitudeModel.SURE_HOUDING
                    ? AttitudeModel.SURE_NAME_THRESHOLD : AttitudeModel.NAME_THRESHOLD;
            attitudes = lexicons.attitudeModel.complete(text, attitudes, mayName, behaviour, threshold);
            // The model's examples say "hakt de knoop door", not the quick deed itself; the speed after a setback
            // says it, as the plan turned on the spot, coming back after a rebuff or a changed mind do. What the
            // lexicons named in such a scene is its point ("stond ik de week erna met veerkracht ... weer op die
            // school").
            List<String> told = scene != null && !scene.attitudes().isEmpty() ? scene.attitudes()
                    : note != null ? note.attitudes()
                    : story != null ? story.attitudes() : home ? HomeIdentity.ATTITUDES
                    : together ? BringingTogether.ATTITUDES : mixed ? GroupsMixed.ATTITUDES
                    : watching ? WatchingOut.ATTITUDES : reached ? TeacherReached.ATTITUDES
                    : news ? NewsActedOn.ATTITUDES : realised ? OwnWayRealised.ATTITUDES
                    : !warm.isEmpty() ? warm : stance != null ? stance.attitudes()
                    : joiner ? BringingTogether.ATTITUDES : shown != null ? shown.attitudes() : warm;
            if (!told.isEmpty() && !attitudes.vetoed() && !firmTask(scores)) {
                boolean beside = shown == null || told != shown.attitudes() || shown.addsBeside(attitudes.attitudes());
                attitudes = beside ? withShown(pointOf(attitudes, told), told) : pointOf(attitudes, told);
            }
            if (regard != null && !attitudes.vetoed() && !firmTask(scores)) {
                attitudes = regarded(attitudes, regard);
            }
        }
        boolean renamed = shown != null && shown.renames() && !attitudes.attitudes().isEmpty() && !attitudes.vetoed()
                && !firmTask(scores);
        if (renamed) {
            attitudes = renamed(text, attitudes, shown.attitudes());
        }
        String beside = !lessonMade && !renamed && (attitudes.phrasedAsAttitude() || best == Quadrant.ATTITUDE)
                ? besideNamed(text, teacher, attitudes, second) : null;
        List<Set<String>> cues = lexicons.cues.scopesIn(text);
        ElementMatcher.Evidence misses = lexicons.elements.misses(text);
        boolean bare = attitudes.literal().isEmpty() && lexicons.everydayQuality.bare(text);
        boolean everyday = bare && !attitudes.attitudes().isEmpty();
        boolean describedQuality = bare && attitudes.attitudes().isEmpty() && EverydayQuality.saidOfTeacher(text);
        return new Profile(text.text(), scores, best, null, attitudes, beside, cues, misses, everyday,
                describedQuality);
    }

    /**
     * Whether the lexicons named only curiosity and the statement makes a lesson of it
     * ({@link CuriosityMadeLesson}).
     */
    private static boolean lessonMade(AnalyzedText text, AttitudeRecognizer.Recognition attitudes) {
        return !attitudes.attitudes().isEmpty() && CuriosityMadeLesson.CURIOSITY.containsAll(attitudes.attitudes())
                && CuriosityMadeLesson.read(text);
    }

    /**
     * A view or plan set aside ({@link ShownConduct.Kind#renames}): the shown attitude replaces those the lexicons read
     * in the view's own words, except one named by its own word ("Is flexibel en laat ..."), and no second name is
     * carried over. ("mijn eigen westerse kijk" is a phrase of cultureel zelfbewust, not its word.)
     */
    private static AttitudeRecognizer.Recognition renamed(AnalyzedText text, AttitudeRecognizer.Recognition attitudes,
                                                          List<String> shown) {
        List<String> names = new ArrayList<>(shown);
        attitudes.literal().stream().filter(n -> !names.contains(n) && namedByItsWord(text, n)).forEach(names::add);
        return new AttitudeRecognizer.Recognition(List.copyOf(names), true, attitudes.literal());
    }

    /** Whether every word of the attitude's name is written in the statement ("flexibel", "cultureel zelfbewust"). */
    private static boolean namedByItsWord(AnalyzedText text, String name) {
        Set<String> written = text.words().stream().map(Word::surface).collect(Collectors.toSet());
        return written.containsAll(List.of(name.split(" ")));
    }

    /**
     * A scene whose attitude lies in the regard for a person ({@link PersonRegard}): what the lexicons named there is
     * the statement's point, and where nothing was named, the regard's kind names its attitude.
     */
    private static AttitudeRecognizer.Recognition regarded(AttitudeRecognizer.Recognition attitudes,
                                                           PersonRegard.Kind regard) {
        return pointOf(attitudes, regard.attitudes());
    }

    /**
     * A scene whose attitude the reading of its shape shows: what the lexicons named there is the statement's point,
     * and where nothing was named, the shape's attitudes ({@code shown}).
     */
    private static AttitudeRecognizer.Recognition pointOf(AttitudeRecognizer.Recognition attitudes,
                                                          List<String> shown) {
        if (attitudes.attitudes().isEmpty()) {
            return new AttitudeRecognizer.Recognition(shown, true, List.of());
        }
        return attitudes.phrasedAsAttitude() ? attitudes
                : new AttitudeRecognizer.Recognition(attitudes.attitudes(), true, attitudes.literal(), false,
                        attitudes.second());
    }

    /**
     * A single attitude the lexicons named, with the one the scene's shape shows beside it ("regel ik binnen tien
     * minuten iets anders. Programma omgooien? Geen probleem!": flexibel named, daadkrachtig shown); a statement
     * names two at most.
     */
    private static AttitudeRecognizer.Recognition withShown(AttitudeRecognizer.Recognition attitudes,
                                                            List<String> shown) {
        if (attitudes.attitudes().size() != 1 || shown.size() != 1 || attitudes.attitudes().containsAll(shown)) {
            return attitudes;
        }
        List<String> both = new ArrayList<>(attitudes.attitudes());
        both.addAll(shown);
        return new AttitudeRecognizer.Recognition(List.copyOf(both), true, attitudes.literal(), false,
                attitudes.second());
    }

    /**
     * The one attitude to add beside those named: one the wording shows beside a single name, read as written
     * ({@link #readBeside}), else the trained model's when it is all but sure of one, else the one another clause of a
     * single-attitude statement shows ({@link AttitudeRecognizer.Recognition#second}).
     */
    private String besideNamed(AnalyzedText text, int teacher, AttitudeRecognizer.Recognition attitudes,
                               String second) {
        String read = attitudes.attitudes().size() == 1 ? readBeside(text, attitudes.attitudes().get(0)) : null;
        if (read != null) {
            return read;
        }
        String model = lexicons.attitudeModel.beside(text, attitudes,
                name -> lexicons.attitudes.supports(text, teacher, name));
        return model != null || second == null || attitudes.attitudes().size() != 1
                || attitudes.attitudes().contains(second)
                ? model : second;
    }

    /**
     * The attitude a clause's wording shows beside the single one named, read as written: the teacher's own tone
     * adjusted to the other ({@link ToneAdjusted}, cultureel sensitief), a learner's distress answered
     * ({@link LearnerDistress}, empathisch beside benaderbaar), everything tasted or a judgement held back ({@link OpenMindShown},
     * open-minded). It comes before the trained model's beside, which reads the same clause as
     * a plan adjusted (flexibel) or not at all (session 25, att25b).
     */
    private static String readBeside(AnalyzedText text, String named) {
        if (!named.equals(ToneAdjusted.ATTITUDE) && ToneAdjusted.read(text)) {
            return ToneAdjusted.ATTITUDE;
        }
        if (named.equals(LearnerDistress.BESIDE) && LearnerDistress.read(text)) {
            return LearnerDistress.ATTITUDE;
        }
        return !named.equals(OpenMindShown.ATTITUDE) && OpenMindShown.read(text) ? OpenMindShown.ATTITUDE : null;
    }

    SortedStatement sort(Profile profile, String matrixActivityId) {
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
        Quadrant activityBest = best == Quadrant.ATTITUDE ? bestActivityQuadrant(scores) : best;
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

    private SortedStatement placed(Profile profile, Quadrant quadrant, List<String> attitudes, double confidence,
                                   String matrixActivityId) {
        List<ElementMatch> elements = lexicons.elements.match(profile.misses(), matrixActivityId, quadrant);
        return new SortedStatement(profile.text(), Placement.of(quadrant), null, elements, attitudes,
                round(confidence), profile.scores());
    }

    private static SortedStatement generic(String text, GenericReason reason, double confidence,
                                           Map<Quadrant, Double> scores) {
        return new SortedStatement(text, Placement.GENERIC, reason, List.of(), List.of(), confidence, scores);
    }

    /**
     * @param decided   the generic reason when that does not depend on the activity (empty text, another
     *                  person's task), else null
     * @param beside    an attitude the trained model is all but sure of beside those the lexicons named
     *                  ({@link AttitudeModel#beside}), else one another clause shows, or null; it counts where it
     *                  is one of the activity's attitudes
     * @param cueScopes scopes of the international cues it contains
     * @param misses    per element the chance it is not addressed ({@link ElementMatcher#misses})
     * @param everydayQuality the attitude named is only an everyday quality ({@link EverydayQuality}): without an
     *                  international cue the statement is too general
     * @param describedQuality no attitude is named and the statement says an everyday quality of the teacher with
     *                  a copula ({@link EverydayQuality#saidOfTeacher}): a cue of the activity's own setting does
     *                  not make it international
     */
    record Profile(String text, Map<Quadrant, Double> scores, Quadrant best, GenericReason decided,
                   AttitudeRecognizer.Recognition attitudes, String beside, List<Set<String>> cueScopes,
                   ElementMatcher.Evidence misses, boolean everydayQuality,
                   boolean describedQuality) {

        /**
         * Whether {@link #sort(Profile, String)} gives the same result for every activity: the activity only
         * enters through the element candidates (none without evidence) and the scopes of the cues (none
         * found, or one that counts everywhere) and, when several attitudes are named, which of them are
         * the activity's.
         */
        boolean sameForEveryActivity() {
            return decided != null || misses == null && InternationalCues.sameForEveryActivity(cueScopes)
                    && attitudes.attitudes().size() < 2 && beside == null;
        }
    }

    /**
     * Whether the classifier places the statement firmly in one activity quadrant ("Laat studenten in gemengde
     * groepjes werken en stuurt bij als ...": Uitvoeren): a task described so clearly is what the statement is
     * about, whatever behaviour or shape the trained attitude model reads in it.
     */
    static boolean firmTask(Map<Quadrant, Double> scores) {
        return scores.get(Quadrant.DESIGN) >= FIRM_TASK || scores.get(Quadrant.DELIVER) >= FIRM_TASK
                || scores.get(Quadrant.ORGANISE) >= FIRM_TASK;
    }

    /** Whether Houding is the classifier's best quadrant or close to it. */
    static boolean leansToHouding(Map<Quadrant, Double> scores) {
        return scores.get(Quadrant.ATTITUDE) >= HOUDING_LEAN;
    }

    private static Quadrant bestActivityQuadrant(Map<Quadrant, Double> scores) {
        Quadrant best = Quadrant.DESIGN;
        for (Quadrant q : List.of(Quadrant.DELIVER, Quadrant.ORGANISE)) {
            if (scores.get(q) > scores.get(best)) {
                best = q;
            }
        }
        return best;
    }

    static Quadrant best(Map<Quadrant, Double> scores) {
        // The first of equal maxima in quadrant order, as Stream.max would pick.
        Quadrant best = null;
        double top = 0;
        for (Quadrant q : Quadrant.values()) {
            Double score = scores.get(q);
            if (score != null && (best == null || score > top)) {
                best = q;
                top = score;
            }
        }
        if (best == null) {
            throw new java.util.NoSuchElementException("no scores");
        }
        return best;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
