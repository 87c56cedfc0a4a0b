package nl.personacanvas.check;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stances held in a scene, read from {@code held-stances.txt} (session 26, att26): an eye kept on how a learner is, no
 * side taken in a learners' quarrel, oneself caught in a habit of one's culture, not knowing said out loud, a judgement
 * held back, knots cut (told in the past), groups put together on purpose (the joiner described, "een echte
 * verbinder", is {@link BroughtTogether}'s since fold26). The wording is a task's or a colleague's name opens it, so
 * neither the lexicon's phrasing nor the classifier makes it an attitude; {@link BehaviourAttitudes} counts it as
 * behaviour and names the kind's attitudes where nothing else named one, as for {@link WarmScene}. Gated and read as
 * {@link GatedReading} says.
 */
final class HeldStance extends GatedReading<HeldStance.Kind> {
    static final String RESOURCE = "held-stances.txt";
    /** How far after "in de gaten of" the learner is looked for. */
    private static final int LEARNER_REACH = 6;

    enum Kind {
        EYE_ON_LEARNER("alert"),
        NO_SIDE_TAKEN("zelfvertrouwen in complexe situaties", "verbindend"),
        CAUGHT_ONESELF("cultureel zelfbewust", "lerende houding"),
        NOT_KNOWING_SAID("lerende houding", "open"),
        JUDGEMENT_HELD("empathisch"),
        KNOTS_CUT("daadkrachtig"),
        GROUPED_ON_PURPOSE("verbindend");

        private final List<String> attitudes;

        Kind(String... attitudes) {
            this.attitudes = List.of(attitudes);
        }

        List<String> attitudes() {
            return attitudes;
        }

        /**
         * Whether the stance is what a lexicon veto took for a task: "!houdt ... in de gaten" is there for a thing kept
         * in view ("Houdt het budget in de gaten"), and the eye on a learner is the wording it was not meant for.
         */
        boolean overridesVeto() {
            return this == EYE_ON_LEARNER;
        }
    }

    private final SurfacePatterns eyeOn;
    private final Set<String> atEase;
    private final LearnerWords learners;
    private final SurfacePatterns noSide;
    private final SurfacePatterns quarrel;
    private final SurfacePatterns caught;
    private final SurfacePatterns notKnowing;
    private final SurfacePatterns judgementHeld;
    private final SurfacePatterns knots;
    private final SurfacePatterns grouped;

    /** @param learners the learners' words (as {@code warm-scenes.txt} lists them) */
    HeldStance(Map<String, List<String>> sections, LearnerWords learners) {
        super(sections);
        this.eyeOn = patterns("eye on");
        this.atEase = words("at ease");
        this.learners = learners;
        this.noSide = patterns("no side");
        this.quarrel = patterns("quarrel");
        this.caught = patterns("caught oneself");
        this.notKnowing = patterns("not knowing said");
        this.judgementHeld = patterns("judgement held");
        this.knots = patterns("knots cut");
        this.grouped = patterns("grouped on purpose");
    }

    /** The stance the statement tells, or null. */
    @Override
    Kind kind(List<Word> words, long present) {
        if (eyeOnLearner(words, present)) {
            return Kind.EYE_ON_LEARNER;
        }
        if (noSide.in(words, present) && quarrel.in(words, present)) {
            return Kind.NO_SIDE_TAKEN;
        }
        if (caught.in(words, present)) {
            return Kind.CAUGHT_ONESELF;
        }
        if (notKnowing.in(words, present)) {
            return Kind.NOT_KNOWING_SAID;
        }
        if (judgementHeld.in(words, present)) {
            return Kind.JUDGEMENT_HELD;
        }
        if (knots.in(words, present)) {
            return Kind.KNOTS_CUT;
        }
        return grouped.in(words, present) ? Kind.GROUPED_ON_PURPOSE : null;
    }

    /**
     * "in de gaten of" with a learner within {@link #LEARNER_REACH} words after "of" and a word of how they are after
     * the learner: the person kept in view, not a thing ("of de studenten hun logboek inleveren").
     */
    private boolean eyeOnLearner(List<Word> words, long present) {
        for (int i = 0; i + 1 < words.size(); i++) {
            if (!eyeOn.in(words.subList(i, i + 2), present)) {
                continue;
            }
            for (int j = i + 2; j < words.size() && j <= i + 1 + LEARNER_REACH; j++) {
                if (learners.is(words.get(j).surface())) {
                    return words.subList(j + 1, words.size()).stream().anyMatch(w -> atEase.contains(w.surface()));
                }
            }
        }
        return false;
    }
}
