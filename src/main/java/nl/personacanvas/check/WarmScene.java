package nl.personacanvas.check;

import java.util.List;
import java.util.Map;

/**
 * Scenes whose warmth is their attitude, read from {@code warm-scenes.txt} (session 25, att25): a learner asked how it
 * is with them ({@link WellbeingAsked}), a setback shrugged off ({@link SetbackShrugged}), the teacher taught by the
 * learners ({@link TaughtByLearners}), sitting down with someone ({@link SatWith}), one's own form of address changed
 * ({@link AddressChanged}), another's way asked and taken over ({@link AskedAndAdopted}). {@link BehaviourAttitudes}
 * counts such a scene as behaviour (the trained model may name) and names the scene's attitudes where nothing else
 * named one, as for the readings of sessions 21-24.
 */
final class WarmScene {
    static final String RESOURCE = "warm-scenes.txt";

    private final WellbeingAsked wellbeing;
    private final SetbackShrugged shrugged;
    private final TaughtByLearners taught;
    private final SatWith sat;
    private final AddressChanged address;
    private final AskedAndAdopted adopted;
    /**
     * The word sets and pattern words the readings need, one bit each: a statement that lacks all a reading needs is
     * not read word by word (most statements: session 26, speed26).
     */
    private final CueBits cues = new CueBits();

    WarmScene(Map<String, List<String>> sections) {
        this.wellbeing = new WellbeingAsked(sections, cues);
        this.shrugged = new SetbackShrugged(sections, cues);
        LearnerWords learners = new LearnerWords(sections.get("learners"));
        this.taught = new TaughtByLearners(sections, learners, cues);
        this.sat = new SatWith(sections, learners, cues);
        this.address = new AddressChanged(sections, cues);
        this.adopted = new AskedAndAdopted(sections, cues);
    }

    /** The attitudes of the warm scene the statement tells, first the one it shows most plainly; empty if none. */
    List<String> read(AnalyzedText text) {
        return read(text, cues.of(text.words()));
    }

    /** As {@link #read(AnalyzedText)}, the statement's cue bits given ({@link CueBits#ALL}: read every reading). */
    List<String> read(AnalyzedText text, long present) {
        TaughtByLearners.Kind lesson = taught.read(text, present);
        if (lesson != null) {
            return lesson.attitudes();
        }
        SetbackShrugged.Kind shrug = shrugged.read(text, present);
        if (shrug != null) {
            return shrug.attitudes();
        }
        if (wellbeing.read(text, present)) {
            return WellbeingAsked.ATTITUDES;
        }
        if (adopted.read(text, present)) {
            return AskedAndAdopted.ATTITUDES;
        }
        List<String> sitting = sat.read(text, present);
        if (!sitting.isEmpty()) {
            return sitting;
        }
        return address.read(text, present) ? AddressChanged.ATTITUDES : List.of();
    }

    /** Whether the teacher lets themself be taught by learners: the statement is theirs, whoever else it names. */
    boolean taughtByLearners(AnalyzedText text) {
        return taughtByLearners(text, cues.of(text.words()));
    }

    /** As {@link #taughtByLearners(AnalyzedText)}, the statement's cue bits given. */
    boolean taughtByLearners(AnalyzedText text, long present) {
        return taught.read(text, present) != null;
    }
}
