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

    private KnownOfTheTeacher() {
    }

    /** Whether {@code surface} is a verb of knowing or noticing (weet, merken, zien ...). */
    static boolean isKnowing(String surface) {
        return KNOWING.contains(surface);
    }

    /**
     * Where others' verb of knowing or noticing is followed by a colon or "dat" and a clause whose subject is
     * the teacher ("Studenten weten: de docent neemt altijd op", "Stagiairs merken dat zij altijd tijd heeft"):
     * the index of that subject, else -1. What others know of the teacher describes the teacher.
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
        return TEACHER_SUBJECTS.contains(s) || s.endsWith(TEACHER_NOUN) ? subject : -1;
    }

    private static boolean followedByColon(String text, String surface) {
        return WrittenText.folded(text).matches("(?s).*\\b" + Pattern.quote(surface) + "\\s*:.*");
    }
}
