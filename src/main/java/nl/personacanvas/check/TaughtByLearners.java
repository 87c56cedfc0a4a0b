package nl.personacanvas.check;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The teacher letting themself be taught, corrected or surprised by the learners, in any voice or tense: "liet ik me
 * door de Poolse lasleerlingen bijpraten", "Ik heb me door een student uit Colombia laten leren hoe ...", "Marloes laat
 * zich door de klas uitleggen wat ...", "laat ik me ook door hen verrassen". The lexicon's "laat zich ... uitleggen"
 * reads the third person where the statement opens; after a name, in the past or with "laten" at the end the
 * classifier reads a task. Every readable statement of the shape is lerende houding (surprised: open-minded;
 * A1, A3, B18, H69, H83, R20A, H91). The teacher's own "me / zich" makes the statement theirs, so {@link
 * StatementProfiler} does not take "door een student" for another's task. Learners must teach: a coordinator who
 * explains the insurance, or learners made to explain to each other ("Laat studenten door elkaar uitleggen ..."), are
 * tasks ({@code warm-scenes.txt}, session 25, att25).
 */
final class TaughtByLearners {
    enum Kind {
        TAUGHT("lerende houding"),
        SURPRISED("open-minded");

        private final List<String> attitudes;

        Kind(String attitude) {
            this.attitudes = List.of(attitude);
        }

        List<String> attitudes() {
            return attitudes;
        }
    }

    private static final String BY = "door";
    private static final String NOT = "niet";
    /** "laat ik me", "heb me ... laten": "laten" up to two words before the reflexive or anywhere up to the verb. */
    private static final int LETTING_BEFORE = 2;
    /** "me ook door hen": "door" close after the reflexive. */
    private static final int BY_REACH = 2;
    /** The learners right after "door", past an article and an adjective or two ("de Poolse lasleerlingen"). */
    private static final int LEARNER_REACH = 4;
    /** The teaching verb after the learners ("door een student uit Colombia laten leren"). */
    private static final int VERB_REACH = 8;

    private final Set<String> letting;
    private final Set<String> self;
    private final Set<String> taught;
    private final Set<String> surprised;
    private final LearnerWords learners;
    /** The bits of the reflexive, "door", the teaching verb and "laten": a statement lacking one is not read. */
    private final long needed;

    TaughtByLearners(Map<String, List<String>> sections, LearnerWords learners, CueBits cues) {
        this.letting = Set.copyOf(sections.get("letting"));
        this.self = Set.copyOf(sections.get("self"));
        this.taught = Set.copyOf(sections.get("taught"));
        this.surprised = Set.copyOf(sections.get("surprised"));
        this.learners = learners;
        this.needed = cues.bit(self) | cues.bit(Set.of(BY)) | cues.bit(taught) | cues.bit(letting);
    }

    /** The teacher taught or surprised by learners (the statement's cue bits given), or null. */
    Kind read(AnalyzedText text, long present) {
        if (!CueBits.all(needed, present)) {
            return null;
        }
        List<Word> words = text.words();
        for (int r = 1; r < words.size(); r++) {
            if (!self.contains(words.get(r).surface())) {
                continue;
            }
            int by = by(words, r);
            if (by < 0 || !learnerAfter(words, by)) {
                continue;
            }
            for (int v = by + 2; v < words.size() && v <= by + VERB_REACH; v++) {
                String s = words.get(v).surface();
                if (NOT.equals(s)) {
                    break;
                }
                if (taught.contains(s) && letBy(words, r, v)) {
                    return surprised.contains(s) ? Kind.SURPRISED : Kind.TAUGHT;
                }
            }
        }
        return null;
    }

    private int by(List<Word> words, int self) {
        for (int j = self + 1; j < words.size() && j <= self + BY_REACH; j++) {
            if (BY.equals(words.get(j).surface())) {
                return j;
            }
        }
        return -1;
    }

    private boolean learnerAfter(List<Word> words, int by) {
        for (int j = by + 1; j < words.size() && j <= by + LEARNER_REACH; j++) {
            if (learners.is(words.get(j).surface())) {
                return true;
            }
        }
        return false;
    }

    /** A form of "laten" just before the reflexive ("laat zich", "liet ik me") or between it and the verb. */
    private boolean letBy(List<Word> words, int self, int verb) {
        for (int j = Math.max(0, self - LETTING_BEFORE); j < verb; j++) {
            if (j != self && letting.contains(words.get(j).surface())) {
                return true;
            }
        }
        return false;
    }
}
