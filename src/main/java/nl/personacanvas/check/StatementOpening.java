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

    private StatementOpening() {
    }

    /**
     * The first content word of the main clause; the opening word says most about the quadrant. A team's "wij"/"we"
     * before the verb is passed over as "hij" and "zij" are (function words): "Wij stemmen ... af" opens with its
     * verb. A leading subordinate clause is passed over too: "Als ..., past zij ... aan" opens with "past".
     */
    static int of(AnalyzedText text) {
        List<Word> words = text.words();
        int start = text.mainClause();
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
