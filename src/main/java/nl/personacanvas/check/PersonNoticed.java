package nl.personacanvas.check;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where the teacher notices one person ("merkt bij een bezoek aan het tuincentrum dat haar Syrische stagiair niet meer
 * lacht"): a noticing verb not in a task's condition nor someone else's, with one person within reach after it, before
 * what was noticed turns out to be the teacher's own doing ("merk dat ik ..."). {@link PersonRegard} tells by what
 * follows whether it was grasped, a state that calls for care, or a sign. The words are in {@code person-regard.txt}
 * ("noticing", "self", "person").
 */
final class PersonNoticed {
    /**
     * Words before a noticing verb that make it no regard of the teacher's: a task's condition ("Helpt ... als ze merkt
     * dat ..."), or someone else who notices ("een begeleider die snel merkt dat ...").
     */
    private static final Set<String> CONDITION = Set.of("als", "wanneer", "zodra", "die");
    /** Words that open what was noticed: after them the teacher's own doing is self-knowledge. */
    private static final Set<String> COMPLEMENT = Set.of("dat", "wanneer", "hoe", "wie");
    /** How far after the noticing verb the person noticed may stand ("hoort via Teams aan de stem van haar stagiair"). */
    private static final int NOTICED_REACH = 8;
    /**
     * How far after the noticing verb the word opening what was noticed may stand, past a setting ("merkt bij een
     * bezoek aan het tuincentrum dat ..."), and how far after it the person noticed ("dat haar Syrische stagiair").
     */
    private static final int COMPLEMENT_REACH = 12;
    private static final int SUBJECT_REACH = 4;

    private final RegardWords classes;
    private final Set<String> self;

    PersonNoticed(Map<String, List<String>> sections, RegardWords classes) {
        this.classes = classes;
        this.self = Set.copyOf(sections.get("self"));
    }

    /** Where the noticing verb stands that notices one person; -1 when there is none. */
    int at(List<Word> words) {
        for (int i = 0; i < words.size(); i++) {
            if (!classes.is(words.get(i), RegardWords.NOTICING) || inCondition(words, i)) {
                continue;
            }
            for (int j = i + 1; j < Math.min(i + 1 + COMPLEMENT_REACH, words.size()); j++) {
                if (COMPLEMENT.contains(words.get(j).surface())) {
                    if (j + 1 < words.size() && self.contains(words.get(j + 1).surface())
                            && !(j + 2 < words.size() && classes.isPerson(words.get(j + 2)))) {
                        break;
                    }
                    if (personWithin(words, j + 1, SUBJECT_REACH)) {
                        return i;
                    }
                }
                if (j <= i + NOTICED_REACH && classes.isPerson(words.get(j))) {
                    return i;
                }
            }
        }
        return -1;
    }

    private boolean personWithin(List<Word> words, int from, int reach) {
        for (int k = from; k < Math.min(from + reach, words.size()); k++) {
            if (classes.isPerson(words.get(k))) {
                return true;
            }
        }
        return false;
    }

    private static boolean inCondition(List<Word> words, int verb) {
        for (int k = Math.max(0, verb - 3); k < verb; k++) {
            if (CONDITION.contains(words.get(k).surface())) {
                return true;
            }
        }
        return false;
    }
}
