package nl.personacanvas.check;

import java.util.List;
import java.util.Set;

/**
 * Learners who reach the teacher: "Mijn stagiairs weten dat ze me gewoon kunnen appen als ...", "wil ik dat ze mij
 * daar gewoon over kan appen", "belde ze mij meteen", and the scene opened by it ("Toen mijn stagiaire ... appte dat
 * ..., heb ik ..."). No attitude word is in them and the classifier reads a task (the teacher's contact with a
 * learner), yet what they say is that the teacher is within reach: every readable labelled statement of either shape
 * is an attitude, benaderbaar in the first (10 of 10: A4, H49, H57, H61, H65, H69, H75, H87, R20A, S39). A learner must
 * be in the statement: the teacher called by a placement's supervisor is a task's contact. {@link PersonRegard}'s
 * {@code REACHING} reads the learners with the teacher as "haar / hem"; this reads the first person's "me / mij" and
 * "de docent". {@link BehaviourAttitudes} counts it as behaviour and names benaderbaar where nothing else named one
 * (session 24, att24).
 */
final class TeacherReached {
    static final List<String> ATTITUDES = List.of("benaderbaar");
    private static final String PARTICLE = "aan";
    /** How far after "klopt" its particle may stand ("kloppen na de les bij mij aan"). */
    private static final int KNOCK_REACH = 7;
    /** The teacher as the one reached: the first person, or "de / hun docent". */
    private static final Set<String> ME = Set.of("me", "mij");
    private static final String TEACHER = "docent";
    private static final Set<String> BEFORE_TEACHER = Set.of("de", "hun", "haar", "zijn");
    private static final int OBJECT_BEFORE = 4;
    private static final int OBJECT_AFTER = 2;
    /** After a modal the one reached may stand further before ("me ook in het weekend kunnen appen"). */
    private static final Set<String> MODALS = Set.of("kan", "kunnen", "mag", "mogen", "durft", "durven", "durfde",
            "durfden");
    private static final int OBJECT_BEFORE_MODAL = 7;
    /** "durft te bellen": the modal before "te". */
    private static final String TO = "te";
    /** A scene opened by the learner's call ("Toen mijn stagiaire ... appte dat ..."). */
    private static final Set<String> OPENERS = Set.of("toen", "als", "wanneer", "zodra");
    private static final Set<String> CALLED = Set.of("appte", "appt", "belde", "belt", "mailde", "mailt", "appten",
            "belden", "mailden", "bellen", "appen");
    private static final int LEARNER_OPENS = 4;
    private static final int CALL_REACH = 9;
    /** Learners by a part of the word as written (stagiare is a frequent spelling; "hoveniersleerlingen"). */
    private static final List<String> LEARNERS = List.of("student", "stagiai", "stagiar", "cursist", "leerling",
            "nieuwkomer", "deelnemer");

    private TeacherReached() {
    }

    /** Whether a learner reaches the teacher, or the scene opens with a learner's call. */
    static boolean read(AnalyzedText text) {
        List<Word> words = text.words();
        int learner = firstLearner(words);
        if (learner < 0) {
            return false;
        }
        for (int i = 0; i < words.size(); i++) {
            if (reaching(words, i) && teacherNear(words, i, reach(words, i))) {
                return true;
            }
        }
        return OPENERS.contains(words.get(0).surface()) && learner <= LEARNER_OPENS && calledAfter(words, learner);
    }

    private static boolean reaching(List<Word> words, int i) {
        Word w = words.get(i);
        if (w.is(WordClass.CONTACT)) {
            return true;
        }
        if (!w.is(WordClass.KNOCK)) {
            return false;
        }
        for (int j = i + 1; j < Math.min(words.size(), i + 1 + KNOCK_REACH); j++) {
            if (PARTICLE.equals(words.get(j).surface())) {
                return true;
            }
        }
        return false;
    }

    /** How far the one reached may stand after the verb: up to the particle of "klopt ... aan". */
    private static int reach(List<Word> words, int verb) {
        if (!words.get(verb).is(WordClass.KNOCK)) {
            return OBJECT_AFTER;
        }
        int j = verb + 1;
        while (!PARTICLE.equals(words.get(j).surface())) {
            j++;
        }
        return j - verb;
    }

    private static boolean teacherNear(List<Word> words, int verb, int after) {
        int modal = verb > 1 && TO.equals(words.get(verb - 1).surface()) ? verb - 2 : verb - 1;
        int before = modal >= 0 && MODALS.contains(words.get(modal).surface()) ? OBJECT_BEFORE_MODAL : OBJECT_BEFORE;
        for (int j = Math.max(0, verb - before); j <= Math.min(words.size() - 1, verb + after); j++) {
            String s = words.get(j).surface();
            if (ME.contains(s) || j != verb && TEACHER.equals(s) && j > 0
                    && BEFORE_TEACHER.contains(words.get(j - 1).surface())) {
                return true;
            }
        }
        return false;
    }

    private static boolean calledAfter(List<Word> words, int learner) {
        for (int j = learner + 1; j < Math.min(words.size(), learner + 1 + CALL_REACH); j++) {
            if (CALLED.contains(words.get(j).surface())) {
                return true;
            }
        }
        return false;
    }

    private static int firstLearner(List<Word> words) {
        for (int i = 0; i < words.size(); i++) {
            String s = words.get(i).surface();
            for (String start : LEARNERS) {
                if (s.contains(start)) {
                    return i;
                }
            }
        }
        return -1;
    }
}
