package nl.personacanvas.check;

import java.util.List;
import java.util.Set;

/**
 * The teacher taking part further on in others' clause: "Studenten krijgen op de terugkomdag van haar de ruimte
 * om ...", "Stagiairs presenteren onder zijn begeleiding hun ervaringen": the people named first are the subject,
 * but the teacher gives, guides or leads what they do, so the statement is the teacher's task. Used by
 * {@link ActorDetector} beyond the few words after the verb that {@link TeacherNamed} reads for "hem"/"haar".
 */
final class TeacherAlongside {
    /**
     * The teacher as the source of what others get ("van hem", "via haar"); not "bij"/"aan" (what they hand in to
     * the teacher stays their task: "Studenten leveren hun verslag bij haar in") nor "met" ("De chauffeur rijdt
     * de groep met haar naar ...").
     */
    private static final Set<String> WITH = Set.of("van", "via");
    private static final Set<String> TEACHER = Set.of("hem", "mij", "me");
    /** "haar" is also "her" before a noun ("van haar collega's"): only where no noun follows it. */
    private static final String HER = "haar";
    /** The teacher's guidance or lead as a possessive ("onder zijn begeleiding", "onder haar leiding"). */
    private static final String UNDER = "onder";
    private static final Set<String> OF_THE_TEACHER = Set.of("zijn", "haar", "mijn");
    private static final Set<String> GUIDANCE = Set.of("begeleiding", "leiding", "toezicht", "regie", "supervisie");
    /**
     * The teacher as the learners see them, after "met", "van" or "via" and their possessive: "De stagiair krijgt
     * elke week een gesprek met haar docent": the persona is their teacher, so the meeting is the persona's task.
     * "met" counts here, unlike with a bare "haar", because the possessive is the learners' own.
     */
    private static final Set<String> WITH_THEIR = Set.of("met", "van", "via");
    private static final Set<String> THEIR = Set.of("haar", "zijn", "hun");
    private static final Set<String> THEIR_TEACHER = Set.of("docent", "docente", "docenten", "leraar", "lerares",
            "leraren", "stagedocent", "stagedocenten");
    /** Words that open another clause: the teacher in it belongs to that clause. */
    private static final Set<String> CLAUSE = Set.of("als", "wanneer", "zodra", "dat", "die", "zodat", "omdat",
            "doordat", "terwijl", "nadat", "voordat", "waar", "waarin", "waarbij", "waarop", "wie", "of", "om");

    private TeacherAlongside() {
    }

    /** Whether the teacher takes part in the clause of the others' verb at {@code verb}. */
    static boolean after(List<Word> words, int verb) {
        for (int i = verb + 1; i < words.size() - 1; i++) {
            String s = words.get(i).surface();
            if (CLAUSE.contains(s)) {
                return false;
            }
            String next = words.get(i + 1).surface();
            if (WITH.contains(s) && (TEACHER.contains(next) || next.equals(HER) && noNounAfter(words, i + 2))) {
                return true;
            }
            if (WITH_THEIR.contains(s) && THEIR.contains(next) && i + 2 < words.size()
                    && THEIR_TEACHER.contains(words.get(i + 2).surface())) {
                return true;
            }
            if (s.equals(UNDER) && OF_THE_TEACHER.contains(next) && i + 2 < words.size()
                    && GUIDANCE.contains(words.get(i + 2).surface())) {
                return true;
            }
        }
        return false;
    }

    private static boolean noNounAfter(List<Word> words, int at) {
        return at >= words.size() || words.get(at).stop();
    }
}
