package nl.personacanvas.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.personacanvas.model.Quadrant;

/**
 * The attitudes of a statement not phrased as an attitude but telling behaviour: a situation or a habit, a scene of
 * regard for a person, a setback, the teacher's own story, conduct shown. Such behaviour describes what kind of teacher
 * it is, so there the trained attitude model may name, and what the scene readers found is the statement's point; never
 * where the classifier is sure it is a task ({@link QuadrantScores#firmTask}). {@link StatementProfiler} asks it only
 * when the lexicons did not read the statement as phrased as an attitude.
 */
final class BehaviourAttitudes {
    private final Lexicons lexicons;

    BehaviourAttitudes(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    /**
     * The attitudes after reading the behaviour the statement tells.
     *
     * @param attitudes what the lexicons recognised, not phrased as an attitude
     * @param teacher   the teacher as an object, as {@link ActorDetector#teacherAsObject} reads it
     * @param shown     the attitude shown in the teacher's conduct ({@link ShownConduct}), or null
     */
    AttitudeRecognizer.Recognition read(AnalyzedText text, AttitudeRecognizer.Recognition attitudes, int teacher,
                                        Map<Quadrant, Double> scores, ShownConduct.Kind shown) {
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
        boolean mayName = !attitudes.vetoed() && !QuadrantScores.firmTask(scores)
                && (shaped || QuadrantScores.leansToHouding(scores));
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
        if (!told.isEmpty() && !attitudes.vetoed() && !QuadrantScores.firmTask(scores)) {
            boolean beside = shown == null || told != shown.attitudes() || shown.addsBeside(attitudes.attitudes());
            attitudes = beside ? withShown(pointOf(attitudes, told), told) : pointOf(attitudes, told);
        }
        if (regard != null && !attitudes.vetoed() && !QuadrantScores.firmTask(scores)) {
            // A scene whose attitude lies in the regard for a person: what the lexicons named there is the
            // statement's point, and where nothing was named, the regard's kind names its attitude.
            attitudes = pointOf(attitudes, regard.attitudes());
        }
        return attitudes;
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
}
