package nl.personacanvas.check;

import java.util.List;
import java.util.Set;

/**
 * The relative clause of a statement that says who the teacher is: "Is iemand die snel merkt dat ...", "Iemand die
 * ook 's avonds een appje beantwoordt", "Zij is iemand die ...". Its verb stands last, so the lexicon's
 * third-person phrases are read there in that order ({@link InfinitiveVoice#verbLast}).
 */
final class SomeoneWho {
    private static final String SOMEONE = "iemand";
    private static final String WHO = "die";
    /** Words that may stand before "iemand": the persona's pronoun and the verb of being. */
    private static final Set<String> BEFORE = Set.of("is", "ben", "zij", "ze", "hij", "ik");
    private static final int REACH = 3;

    private SomeoneWho() {
    }

    /** The index of the relative clause's first word (after "die"), or -1 when the statement does not open so. */
    static int clauseStart(List<Word> words) {
        for (int i = 0; i < Math.min(REACH, words.size() - 1); i++) {
            String s = words.get(i).surface();
            if (s.equals(SOMEONE)) {
                return words.get(i + 1).surface().equals(WHO) ? i + 2 : -1;
            }
            if (!BEFORE.contains(s)) {
                return -1;
            }
        }
        return -1;
    }
}
