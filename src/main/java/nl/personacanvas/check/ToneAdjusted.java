package nl.personacanvas.check;

import java.util.List;
import java.util.Set;

/**
 * The teacher's own tone adjusted to the other: "past zijn toon aan", "pas ik mijn toon daarop aan", "stemt haar toon
 * af", "kiest in mails een zachtere toon", "schakelt een tandje terug". Beside the self-knowledge the lexicon reads ("Is zich
 * bewust van zijn eigen Zeeuwse directheid", "Weet dat mijn Hollandse directheid ... hard kan overkomen") the writers
 * label the adjustment cultureel sensitief: of the readable labelled statements with such a clause, 7 of 9 carry it
 * (A1, A3, H58, H69, H75, S39, T4; S36 and S37 label the self-knowledge alone). The tone of a document ("past de toon
 * van de instructies aan") is a task's, so the tone must be the teacher's own or a softer one. {@link AttitudeBeside}
 * gives cultureel sensitief beside a single other attitude (session 25, att25b).
 */
final class ToneAdjusted {
    static final String ATTITUDE = "cultureel sensitief";
    private static final String TONE = "toon";
    /** Whose tone: the teacher's own ("zijn", "haar", "mijn", "eigen"). */
    private static final Set<String> OWN = Set.of("zijn", "haar", "mijn", "eigen", "z'n", "m'n");
    /** A tone made softer ("een zachtere toon"): the comparative, as written, says the change by itself. */
    private static final Set<String> SOFTER = Set.of("zachtere", "vriendelijkere", "rustigere", "mildere",
            "voorzichtigere", "formelere", "bescheidenere");
    /** "een andere toon" says the change only with a verb of adjusting ("slaat een andere toon aan"). */
    private static final String OTHER = "andere";
    /** Adjusting, as written: "past ... aan", "stemt ... af", "aanpassen", "afstemmen". */
    private static final Set<String> ADJUST = Set.of("past", "pas", "paste", "pasten", "aanpassen", "aangepast",
            "stemt", "stem", "stemde", "afstemmen", "afgestemd", "kiest", "kies", "koos", "zoekt", "zoek", "zocht",
            "gebruikt", "gebruik", "neemt", "neem", "nam", "slaat", "sla", "sloeg");
    /** The verb may stand well before the tone: "Slaat bij de Japanse hotelmanager een andere toon aan". */
    private static final int ADJUST_REACH = 7;
    /** "schakelt een tandje terug". */
    private static final String NOTCH = "tandje";
    private static final String BACK = "terug";

    private ToneAdjusted() {
    }

    /** Whether the statement has the teacher adjust their own tone, or take it down a notch. */
    static boolean read(AnalyzedText text) {
        List<Word> words = text.words();
        for (int i = 0; i < words.size(); i++) {
            String s = words.get(i).surface();
            if (TONE.equals(s) && i > 0 && (SOFTER.contains(words.get(i - 1).surface())
                    || ownOrOther(words.get(i - 1).surface()) && adjusted(words, i))) {
                return true;
            }
            if (NOTCH.equals(s) && i + 1 < words.size() && BACK.equals(words.get(i + 1).surface())) {
                return true;
            }
        }
        return false;
    }

    private static boolean ownOrOther(String before) {
        return OWN.contains(before) || OTHER.equals(before);
    }

    private static boolean adjusted(List<Word> words, int tone) {
        for (int j = Math.max(0, tone - ADJUST_REACH); j < tone; j++) {
            if (ADJUST.contains(words.get(j).surface())) {
                return true;
            }
        }
        return false;
    }
}
