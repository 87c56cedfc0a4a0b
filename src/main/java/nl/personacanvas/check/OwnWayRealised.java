package nl.personacanvas.check;

import java.util.List;
import java.util.Set;

/**
 * The teacher realising that a way of their own is their culture's, in any tense or order: "besefte ik hoe
 * 'buitenlands' mijn eigen streektaal eigenlijk is", "Schrok ervan hoe vanzelfsprekend ze de Nederlandse mondigheid
 * vond", "De docent beseft dat ... vooral een Nederlands zorgideaal is". The lexicon holds "besef dat mijn", "beseft
 * dat ons" in the present, where the statement opens; the past, the inverted verb and "hoe" after it are other
 * wordings of the same realisation. Every readable labelled statement with a realising verb and a word of one's own
 * culture after it is cultureel zelfbewust (25 across A1, A2, H49-H87, R20B, R20C, S38, T1-T4, B8-B18, O3). A learner between the verb and that word makes it about the learner ("beseft dat zijn
 * studenten de Nederlandse ..."). {@link BehaviourAttitudes} counts it as behaviour and names cultureel zelfbewust
 * where nothing else named one (session 24, att24).
 */
final class OwnWayRealised {
    static final List<String> ATTITUDES = List.of("cultureel zelfbewust");
    private static final String OF_IT = "ervan";
    private static final Set<String> SUBJECTS = Set.of("ik", "hij", "zij", "ze", "docent");
    private static final Set<String> OPENING = Set.of("dat", "hoe");
    private static final int OPENING_REACH = 5;
    private static final int OWN_REACH = 10;
    private static final List<String> LEARNERS = List.of("student", "stagiai", "stagiar", "cursist", "leerling",
            "klas", "collega");

    private OwnWayRealised() {
    }

    /** Whether the teacher realises that a way of their own is their culture's. */
    static boolean read(AnalyzedText text) {
        List<Word> words = text.words();
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            boolean realising = w.is(WordClass.REALISE)
                    || w.is(WordClass.STARTLED) && i + 1 < words.size() && OF_IT.equals(words.get(i + 1).surface());
            if (realising && byTheTeacher(words, i)) {
                int opening = opening(words, i);
                return opening > 0 && ownAfter(words, opening);
            }
        }
        return false;
    }

    private static boolean byTheTeacher(List<Word> words, int verb) {
        return verb == 0 || SUBJECTS.contains(words.get(verb - 1).surface())
                || verb + 1 < words.size() && SUBJECTS.contains(words.get(verb + 1).surface());
    }

    private static int opening(List<Word> words, int verb) {
        for (int j = verb + 1; j < Math.min(words.size(), verb + 2 + OPENING_REACH); j++) {
            if (OPENING.contains(words.get(j).surface())) {
                return j;
            }
        }
        return -1;
    }

    private static boolean ownAfter(List<Word> words, int opening) {
        for (int j = opening + 1; j < Math.min(words.size(), opening + 1 + OWN_REACH); j++) {
            String s = words.get(j).surface();
            for (String start : LEARNERS) {
                if (s.startsWith(start)) {
                    return false;
                }
            }
            if (words.get(j).is(WordClass.OWN_CULTURE)) {
                return true;
            }
        }
        return false;
    }
}
