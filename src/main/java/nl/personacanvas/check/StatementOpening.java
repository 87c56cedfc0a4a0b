package nl.personacanvas.check;

import java.util.List;
import java.util.Set;

/**
 * The opening word {@link QuadrantClassifier} weighs as a feature of its own. Kept apart because finding it
 * (which subject words to pass over, where the main clause starts) is a reading of the sentence, used both
 * when training and when classifying, and independent of the naive Bayes arithmetic.
 */
final class StatementOpening {
    private static final Set<String> WE = Set.of("wij", "we");
    /**
     * The teacher named as the subject ("De docent vraagt ... door"): passed over as "hij" is, when a finite verb
     * (-t, -d) follows, so the verb opens; "Docent uit Polen uitnodigen" keeps its noun.
     */
    private static final Set<String> TEACHER = Set.of("docent", "docente", "leraar", "lerares");

    /**
     * Prepositions a statement may open with before an inverted main clause without a comma ("Met de studenten plant
     * hij ...", "Voor de groep regelt ze ...", "Samen met de stagiair stelt hij ... bij"); "bij", "na", "tijdens" are
     * {@link Clauses}' own.
     */
    static final Set<String> FRONTED = Set.of("met", "voor", "samen", "in", "op", "aan", "vanuit", "via",
            "zonder", "naast", "binnen", "buiten", "per", "namens");
    /** The teacher as the subject after the verb: "ze" and "zij" too, as the teacher's statements use them. */
    private static final Set<String> INVERTED = Set.of("hij", "ze", "zij", "ik");
    /** How far into the statement the inverted verb may stand: a fronted phrase of a few words. */
    private static final int FRONTED_REACH = 8;

    private StatementOpening() {
    }

    /**
     * For a statement that opens with a preposition and no leading clause, the index of the verb before the
     * teacher as inverted subject ("Met de studenten [plant] hij de reisroute"), else {@code start} (session 21).
     */
    private static int afterFrontedPhrase(List<Word> words, int start) {
        if (start != 0 || words.isEmpty() || !FRONTED.contains(words.get(0).surface())) {
            return start;
        }
        for (int i = 2; i + 1 < words.size() && i <= FRONTED_REACH; i++) {
            if (!words.get(i).stop() && INVERTED.contains(words.get(i + 1).surface())) {
                return i;
            }
        }
        return start;
    }

    /**
     * The first content word of the main clause; the opening word says most about the quadrant. A team's "wij"/"we"
     * before the verb is passed over as "hij" and "zij" are (function words): "Wij stemmen ... af" opens with its
     * verb. A leading subordinate clause is passed over too: "Als ..., past zij ... aan" opens with "past", and so is
     * a fronted prepositional phrase before an inverted verb: "Met de studenten plant hij ..." opens with "plant".
     */
    static int of(AnalyzedText text) {
        List<Word> words = text.words();
        int start = afterFrontedPhrase(words, text.mainClause());
        boolean subjectPassed = false;
        for (int i = start; i < words.size(); i++) {
            Word w = words.get(i);
            if (w.stop() || i == start && WE.contains(w.surface())) {
                continue;
            }
            if (!subjectPassed && TEACHER.contains(w.surface()) && finiteVerbAt(words, i + 1)) {
                subjectPassed = true;
                continue;
            }
            return i;
        }
        return -1;
    }

    private static boolean finiteVerbAt(List<Word> words, int i) {
        if (i >= words.size() || words.get(i).stop()) {
            return false;
        }
        String s = words.get(i).surface();
        return s.length() >= 3 && (s.endsWith("t") || s.endsWith("d"));
    }
}
