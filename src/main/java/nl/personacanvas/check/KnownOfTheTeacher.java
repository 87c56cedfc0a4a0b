package nl.personacanvas.check;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What others know or notice of the teacher ("Studenten weten: de docent neemt altijd op", "Stagiairs merken dat
 * zij altijd tijd heeft"): their verb of knowing is no task of theirs, the clause after it describes the teacher.
 * Used by {@link ActorDetector}.
 */
final class KnownOfTheTeacher {
    /** Verbs of knowing and noticing: what others know or notice of the teacher ("Studenten weten: ..."). */
    private static final Set<String> KNOWING = Set.of("weet", "weten", "merkt", "merken", "ziet", "zien", "vindt",
            "vinden", "ervaart", "ervaren", "zegt", "zeggen", "voelt", "voelen");
    /** The teacher as the subject of what others know: "zij", "hij", "de docent", "hun stagedocent". */
    private static final Set<String> TEACHER_SUBJECTS = Set.of("zij", "hij");
    private static final String TEACHER_NOUN = "docent";
    private static final Set<String> OF_THE_TEACHER = Set.of("de", "hun", "haar", "zijn", "onze");
    private static final String TEACHER_OBJECT = "hem";
    /** How far into the "dat" clause the teacher as its object is looked for: a subject and an adverb or two. */
    private static final int OBJECT_REACH = 4;

    private KnownOfTheTeacher() {
    }

    /** Whether {@code surface} is a verb of knowing or noticing (weet, merken, zien ...). */
    static boolean isKnowing(String surface) {
        return KNOWING.contains(surface);
    }

    /**
     * Where others' verb of knowing or noticing is followed by a colon or "dat" and a clause whose subject is
     * the teacher ("Studenten weten: de docent neemt altijd op", "Stagiairs merken dat zij altijd tijd heeft"), or a
     * "dat" clause with the teacher as its object (session 21): the index of the teacher, else -1. What others know
     * of the teacher describes the teacher.
     */
    static int subject(AnalyzedText text, int verb) {
        List<Word> words = text.words();
        if (verb + 1 >= words.size() || !KNOWING.contains(words.get(verb).surface())) {
            return -1;
        }
        int subject = verb + 1;
        if (words.get(subject).surface().equals("dat")) {
            subject++;
        } else if (!followedByColon(text.text(), words.get(verb).surface())) {
            return -1;
        }
        while (subject < words.size() - 1 && OF_THE_TEACHER.contains(words.get(subject).surface())
                && words.get(subject + 1).surface().endsWith(TEACHER_NOUN)) {
            subject++;
        }
        if (subject >= words.size()) {
            return -1;
        }
        String s = words.get(subject).surface();
        if (TEACHER_SUBJECTS.contains(s) || s.endsWith(TEACHER_NOUN)) {
            return subject;
        }
        return words.get(verb + 1).surface().equals("dat") ? objectInClause(words, subject + 1) : -1;
    }

    /**
     * The teacher as the object a few words into the "dat" clause, its subject the others themselves ("Stagiairs
     * weten dat ze de docent ook mogen bellen", "Ouders weten dat ze hem altijd kunnen appen"): the index of the
     * teacher, else -1. "haar" is left out: as often "their own" in that place ("dat ze haar rooster ...").
     */
    private static int objectInClause(List<Word> words, int from) {
        int end = Math.min(words.size(), from + OBJECT_REACH);
        for (int i = from; i < end; i++) {
            String s = words.get(i).surface();
            if (s.equals(TEACHER_OBJECT)) {
                return i;
            }
            if (OF_THE_TEACHER.contains(s) && i + 1 < words.size() && words.get(i + 1).surface().endsWith(TEACHER_NOUN)) {
                return i + 1;
            }
        }
        return -1;
    }

    private static boolean followedByColon(String text, String surface) {
        return WrittenText.folded(text).matches("(?s).*\\b" + Pattern.quote(surface) + "\\s*:.*");
    }
}
