package nl.personacanvas.check;

import java.util.List;
import java.util.Map;

/**
 * Scenes whose warmth is their attitude, read from {@code warm-scenes.txt} (session 25, att25): a learner asked how it
 * is with them ({@link WellbeingAsked}), a setback shrugged off ({@link SetbackShrugged}), the teacher taught by the
 * learners ({@link TaughtByLearners}), sitting down with someone ({@link SatWith}), one's own form of address changed
 * ({@link AddressChanged}), another's way asked and taken over ({@link AskedAndAdopted}). {@link StatementSorter}
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

    WarmScene(Map<String, List<String>> sections) {
        this.wellbeing = new WellbeingAsked(sections);
        this.shrugged = new SetbackShrugged(sections);
        LearnerWords learners = new LearnerWords(sections.get("learners"));
        this.taught = new TaughtByLearners(sections, learners);
        this.sat = new SatWith(sections, learners);
        this.address = new AddressChanged(sections);
        this.adopted = new AskedAndAdopted(sections);
    }

    /** The attitudes of the warm scene the statement tells, first the one it shows most plainly; empty if none. */
    List<String> read(AnalyzedText text) {
        TaughtByLearners.Kind lesson = taught.read(text);
        if (lesson != null) {
            return lesson.attitudes();
        }
        SetbackShrugged.Kind shrug = shrugged.read(text);
        if (shrug != null) {
            return shrug.attitudes();
        }
        if (wellbeing.read(text)) {
            return WellbeingAsked.ATTITUDES;
        }
        if (adopted.read(text)) {
            return AskedAndAdopted.ATTITUDES;
        }
        List<String> sitting = sat.read(text);
        if (!sitting.isEmpty()) {
            return sitting;
        }
        return address.read(text) ? AddressChanged.ATTITUDES : List.of();
    }

    /** Whether the teacher lets themself be taught by learners: the statement is theirs, whoever else it names. */
    boolean taughtByLearners(AnalyzedText text) {
        return taught.read(text) != null;
    }
}
