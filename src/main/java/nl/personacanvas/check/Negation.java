package nl.personacanvas.check;

import java.util.List;

/**
 * Whether a word is negated in its own clause. Kept apart from {@link AttitudeEvidence}, which only asks the
 * question: where a negation reaches is a rule about Dutch clauses, not about weighing attitude evidence.
 */
final class Negation {
    private static final int NEGATION_REACH = 2;

    private Negation() {
    }

    /**
     * Whether "niet", "geen" or "nooit" stands right before the word, in its clause: in "Als de bus niet komt,
     * gooit ze het programma om" (or without the comma, "... niet komt gooit hij ...") the negation is the bus's.
     */
    static boolean before(AnalyzedText text, int at) {
        List<Word> words = text.words();
        for (int i = Math.max(0, at - NEGATION_REACH); i < at; i++) {
            if (words.get(i).is(WordClass.NEGATION)) {
                return sameClause(text, i, at);
            }
        }
        return false;
    }

    private static boolean sameClause(AnalyzedText text, int from, int to) {
        List<Word> words = text.words();
        int main = Clauses.mainClause(words, Clauses.commas(text.text(), words));
        int[] clause = Clauses.numbers(text);
        return clause[from] == clause[to] && !(from < main && main <= to);
    }
}
