package nl.personacanvas.check;

import java.util.List;
import java.util.Set;

/**
 * People brought (back) together by the teacher, in any tense and wherever it stands: "De docent bracht ze in één
 * videocall weer bij elkaar" after a scene of a clash, "breng ik ze samen om tafel", "weer nader tot elkaar gebracht".
 * Every readable labelled statement of the shape (23: A3, B6, B11, H49, H52, H61, H83 twice, H88, H95, O4, R20B, R20C,
 * S021, S26, S28, S36-S39, T1, T16, L010) is labelled verbindend; the lexicon reads the note's
 * "Brengt ... bij elkaar" that opens a statement, not the deed told after a scene (H83). People must be brought:
 * things gathered ("de formulieren bij elkaar") are none. {@link StatementSorter} counts it with
 * {@link BringingTogether} (session 26, att26b).
 */
final class BroughtTogether {
    /** How far "bij elkaar", "tot elkaar", "met elkaar" or "om tafel" may stand after the bringing verb. */
    private static final int TOGETHER_REACH = 9;
    private static final Set<String> TOGETHER_BEFORE_EACH_OTHER = Set.of("bij", "tot", "met");
    private static final String EACH_OTHER = "elkaar";
    private static final String ROUND = "om";
    private static final String TABLE = "tafel";
    /** Who is brought, as written: pronouns and everyone. */
    private static final Set<String> PEOPLE = Set.of("ze", "hen", "hem", "haar", "iedereen", "mensen", "partijen");
    /** Who is brought, inside a word ("stagiaire", "lasstudenten", "werkbegeleider", "Poolse jongens"). */
    private static final List<String> PEOPLE_PARTS = List.of("stagiair", "student", "leerling", "jongen", "meiden",
            "meisjes", "groep", "klas", "ouders", "begeleider", "collega", "nieuwkomer", "trainer", "chef", "cursist");

    private BroughtTogether() {
    }

    /** Whether the statement has the teacher bring people together. */
    static boolean read(AnalyzedText text) {
        List<Word> words = text.words();
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).is(WordClass.BRINGING) && broughtTogether(words, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean broughtTogether(List<Word> words, int verb) {
        int end = Math.min(words.size() - 1, verb + TOGETHER_REACH);
        boolean people = false;
        // A participle ends the clause: who is brought stands before it ("heb ze ... tot elkaar gebracht").
        int from = "gebracht".equals(words.get(verb).surface()) ? Math.max(0, verb - TOGETHER_REACH) : verb + 1;
        int to = "gebracht".equals(words.get(verb).surface()) ? verb : end;
        for (int j = from; j < to; j++) {
            String s = words.get(j).surface();
            people |= PEOPLE.contains(s) || PEOPLE_PARTS.stream().anyMatch(s::contains);
            String next = words.get(j + 1).surface();
            if (people && (TOGETHER_BEFORE_EACH_OTHER.contains(s) && EACH_OTHER.equals(next)
                    || ROUND.equals(s) && TABLE.equals(next))) {
                return true;
            }
        }
        return false;
    }
}
