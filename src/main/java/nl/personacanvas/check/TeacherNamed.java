package nl.personacanvas.check;

import java.util.List;
import java.util.Set;

/**
 * The teacher named in a clause whose subject is other people: as the object of their verb ("Stagiairs weten hem
 * te vinden"), as the subject after a fronted object ("Ouders van nieuwkomers belt ze zelf op"), or as the unwritten
 * subject of a passive of regard ("Wordt door collega's gevraagd om ..."). Each makes the statement about the
 * teacher rather than a task of theirs. Used by {@link ActorDetector}; {@link TeacherAlongside} reads further on.
 */
final class TeacherNamed {
    /**
     * The persona as the object of someone else's verb; "me"/"mij" where the persona speaks for itself ("Stagiairs
     * durven me te appen als ...", a voice some writers use for the whole canvas).
     */
    private static final Set<String> TEACHER = Set.of("hem", "haar", "me", "mij");
    private static final int TEACHER_REACH = 3;
    private static final String REFLEXIVE = "zich";
    /**
     * The teacher as the subject right after the verb, the other person fronted as its object ("Ouders van
     * nieuwkomers belt ze zelf op", "Collega's uit het buitenland ontvangt hij"): Dutch puts the subject after the
     * finite verb when something else opens the sentence. "ze"/"zij" is also "they" and "them", so it counts only
     * after a singular verb ("they" cannot take one) that follows people in the plural (so "them" cannot be their
     * object: "Het reisbureau boekt ze ..." stays the agency's).
     */
    private static final Set<String> TEACHER_SUBJECT = Set.of("hij", "ik");
    private static final Set<String> TEACHER_OR_THEY = Set.of("ze", "zij");
    /**
     * A passive whose unwritten subject is the teacher, with what others do to a person ("Wordt door collega's
     * gevraagd om ...", "Is door de opleiding gevraagd als ..."): their regard for the teacher, not a task of theirs.
     * A thing done by them ("Wordt geregeld door het international office") keeps its other actor.
     */
    private static final Set<String> PASSIVE_OPENERS = Set.of("wordt", "werd", "is");
    private static final Set<String> DONE_TO_A_PERSON = Set.of("gevraagd", "gezien", "ervaren", "beschouwd",
            "gewaardeerd", "benaderd", "gebeld", "geraadpleegd", "ingeschakeld", "betrokken", "uitgenodigd",
            "aangesproken", "gevonden", "opgezocht", "vertrouwd", "erkend", "genoemd", "gekend");

    private TeacherNamed() {
    }

    /**
     * "hem", "haar", "me" or "mij" at most two words after the verb (an adverb, a preposition): its index, or -1. A
     * reflexive "zich" belongs to the verb and does not count ("Stagiairs voelen zich vrij om haar ...").
     */
    static int objectAfter(List<Word> words, int verb) {
        int reach = verb + TEACHER_REACH;
        for (int i = verb + 1; i <= reach && i < words.size(); i++) {
            String s = words.get(i).surface();
            if (TEACHER.contains(s)) {
                return i;
            }
            if (s.equals(REFLEXIVE)) {
                reach++;
            }
        }
        return -1;
    }

    /**
     * Whether the teacher is the subject written right after the finite verb at {@code verb}, the other people's
     * phrase ending just before {@code actorEnd}.
     */
    static boolean subjectAfter(List<Word> words, int actorEnd, int verb) {
        if (verb + 1 >= words.size()) {
            return false;
        }
        String subject = words.get(verb + 1).surface();
        if (TEACHER_SUBJECT.contains(subject)) {
            return true;
        }
        String s = words.get(verb).surface();
        String actor = words.get(actorEnd - 1).surface();
        boolean plural = actor.endsWith("en") || actor.endsWith("s");
        return plural && TEACHER_OR_THEY.contains(subject)
                && (ActorVerbs.isSingularAuxiliary(s) || s.length() >= 3 && s.endsWith("t"));
    }

    /** Whether the statement opens with a passive of what others do to the teacher (see {@link #DONE_TO_A_PERSON}). */
    static boolean inPassive(List<Word> words) {
        if (words.isEmpty() || !PASSIVE_OPENERS.contains(words.get(0).surface())) {
            return false;
        }
        for (Word w : words) {
            if (DONE_TO_A_PERSON.contains(w.surface())) {
                return true;
            }
        }
        return false;
    }
}
