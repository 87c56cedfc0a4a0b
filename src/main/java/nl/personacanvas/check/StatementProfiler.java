package nl.personacanvas.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.personacanvas.model.Quadrant;

/**
 * Reads what a statement says whatever the activity ({@link StatementProfile}): the classifier's scores, whether it is
 * another person's task, the attitudes it names or its behaviour shows ({@link BehaviourAttitudes}) and the one beside
 * them ({@link AttitudeBeside}), its international cues and the elements' evidence. {@link StatementSorter} places it
 * per activity. Thread-safe.
 *
 * <p>The order follows the study's own analysis: first whose task it is, then whether it is an attitude.
 */
final class StatementProfiler {
    private final Lexicons lexicons;
    private final BehaviourAttitudes behaviour;
    private final AttitudeBeside beside;

    StatementProfiler(Lexicons lexicons) {
        this.lexicons = lexicons;
        this.behaviour = new BehaviourAttitudes(lexicons);
        this.beside = new AttitudeBeside(lexicons);
    }

    StatementProfile profile(AnalyzedText text) {
        Map<Quadrant, Double> scores = lexicons.classifier.classify(text);
        Quadrant best = QuadrantScores.best(scores);
        if (text.isEmpty()) {
            return new StatementProfile(text.text(), scores, best, GenericReason.TOO_GENERAL, null, null, List.of(),
                    null, false, false);
        }
        // The teacher's own "me / zich" taught "door een student" is the teacher's, not the student's (session 25).
        if (lexicons.actors.isOtherPerson(text) && !lexicons.warmScenes.taughtByLearners(text)) {
            return new StatementProfile(text.text(), scores, best, GenericReason.OTHER_PERSON, null, null, List.of(),
                    null, false, false);
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
            attitudes = behaviour.read(text, attitudes, teacher, scores, shown);
        }
        boolean renamed = shown != null && shown.renames() && !attitudes.attitudes().isEmpty() && !attitudes.vetoed()
                && !QuadrantScores.firmTask(scores);
        if (renamed) {
            attitudes = renamed(text, attitudes, shown.attitudes());
        }
        String besideNamed = !lessonMade && !renamed && (attitudes.phrasedAsAttitude() || best == Quadrant.ATTITUDE)
                ? beside.of(text, teacher, attitudes, second) : null;
        List<Set<String>> cues = lexicons.cues.scopesIn(text);
        ElementMatcher.Evidence misses = lexicons.elements.misses(text);
        boolean bare = attitudes.literal().isEmpty() && lexicons.everydayQuality.bare(text);
        boolean everyday = bare && !attitudes.attitudes().isEmpty();
        boolean describedQuality = bare && attitudes.attitudes().isEmpty() && EverydayQuality.saidOfTeacher(text);
        return new StatementProfile(text.text(), scores, best, null, attitudes, besideNamed, cues, misses, everyday,
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
}
