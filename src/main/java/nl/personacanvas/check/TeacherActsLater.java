package nl.personacanvas.check;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A scene told in two steps: another person's deed opens the statement, the teacher's own deed follows in a later
 * sentence ("Het stagebedrijf op Malta zette mijn student op nachtdiensten. Ik heb zijn opdrachten toen aangepast",
 * "In Gent bleven de studenten bij elkaar. De docent maakte de volgende dag gemengde duo's"). The others' deed is
 * the occasion; the statement is about what the teacher did, so it is no task of theirs (session 28, {@code gen28}).
 * {@link ActorDetector} reads only the opening clause; this reads the raw text's later sentences, as the analysed
 * words keep no punctuation.
 */
final class TeacherActsLater {
    /** A sentence ends at . ! ? before a capital, or at a semicolon. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+\\s+(?=\\p{Lu})|;\\s*");
    private static final Pattern WORD = Pattern.compile("[^\\p{L}']+");
    /** The teacher as a subject: the first person, or "de docent" as a third-person canvas writes it. */
    private static final String I = "ik";
    private static final Set<String> TEACHER_NOUNS = Set.of("docent", "docente", "leraar", "lerares", "stagedocent");
    private static final String THE = "de";
    /**
     * Words before the subject that make it another clause's or a preposition's ("dat ik", "met de docent", "als de
     * docent"): the teacher is then no subject of the sentence's own verb.
     */
    private static final Set<String> NOT_THE_SUBJECT = Set.of("dat", "als", "wanneer", "die", "of", "omdat", "zodat",
            "waar", "wat", "met", "van", "aan", "bij", "voor", "naar", "door", "tegen", "om", "over", "zonder");
    /** How far into a later sentence its subject may stand (after a fronted "Toen", "De volgende dag"). */
    private static final int SUBJECT_REACH = 5;

    private TeacherActsLater() {
    }

    /** Whether a sentence after the first has the teacher as its subject. */
    static boolean inLaterSentence(String text) {
        String[] sentences = SENTENCE_END.split(text.strip());
        for (int s = 1; s < sentences.length; s++) {
            if (teacherSubject(List.of(WORD.split(sentences[s].strip().toLowerCase(Locale.ROOT))))) {
                return true;
            }
        }
        return false;
    }

    private static boolean teacherSubject(List<String> words) {
        for (int i = 0; i < words.size() && i < SUBJECT_REACH; i++) {
            String w = words.get(i);
            if (NOT_THE_SUBJECT.contains(w)) {
                return false;
            }
            if (w.equals(I) || TEACHER_NOUNS.contains(w) && (i == 0 || words.get(i - 1).equals(THE))) {
                return true;
            }
        }
        return false;
    }
}
