package nl.personacanvas.check;

import java.util.List;
import java.util.Set;

/**
 * A deed told by how fast it was done after something fell through: "Toen ..., had ik binnen een uur het consulaat
 * gebeld", "Als ..., haal ik mijn studenten binnen een dag terug", "Medicijnen kwijt in ...: binnen tien minuten stond
 * ..." The speed is the point (daadkrachtig), but only after the setback is told, in a leading clause or in a sentence
 * or note of its own before a full stop, colon or semicolon: the same words in a plain task keep a service norm
 * ("Stuurt binnen een dag na het stagebezoek het verslag ...", "binnen twee werkdagen"), no attitude (session 19,
 * att19b; the spans, the told setback and "diezelfde middag" after "Toen": session 22, att22).
 */
final class QuickDeed {
    static final String ATTITUDE = "daadkrachtig";
    private static final String WITHIN = "binnen";
    /** "binnen een / tien / het uur": the few units a speed is told in; "half" / "paar" may stand between. */
    private static final Set<String> FEW = Set.of("een", "twee", "drie", "vier", "vijf", "tien", "twintig", "het");
    private static final Set<String> BETWEEN = Set.of("half", "paar");
    /** Minutes to days; a week or a month is planning as often as speed, "werkdagen" a norm. */
    private static final Set<String> SPANS = Set.of("minuut", "minuten", "kwartier", "uur", "uurtje", "uren", "dag",
            "dagen");
    /** "binnen een dag na de aanmelding": a term after an event is a norm, not speed after a setback. */
    private static final String AFTER = "na";
    /** "had ik diezelfde middag nog ...": the same part of the day, told after "Toen". */
    private static final Set<String> SAME = Set.of("diezelfde", "dezelfde");
    private static final Set<String> PART_OF_DAY = Set.of("ochtend", "middag", "avond", "nacht", "dag");
    private static final String WHEN = "toen";

    private QuickDeed() {
    }

    /** Whether a deed after a told setback was done within minutes, an hour or a day or two. */
    static boolean in(AnalyzedText text) {
        return in(text, start(text));
    }

    /** Where the deed after the told setback may stand: the main clause, or past the told break; 0 or less if none. */
    static int start(AnalyzedText text) {
        int main = text.mainClause();
        if (main > 0) {
            return main;
        }
        int told = Clauses.toldBreak(text);
        return told > 0 ? told : setbackAfter(text) ? 1 : 0;
    }

    /**
     * Whether the setback is told after the deed, in a clause after a comma that opens with "toen" ("had binnen tien
     * minuten een plan ..., toen de groep ... kwijtraakte": session 29, att29); the deed is then looked for from the
     * statement's second word on.
     */
    private static boolean setbackAfter(AnalyzedText text) {
        List<Word> words = text.words();
        for (int after : Clauses.commas(text.text(), words)) {
            if (after > 2 && after < words.size() && WHEN.equals(words.get(after).surface())) {
                return true;
            }
        }
        return false;
    }

    /** {@link #in(AnalyzedText)} with its {@link #start} already found (shared with {@link SetbackScene}). */
    static boolean in(AnalyzedText text, int from) {
        List<Word> words = text.words();
        int main = text.mainClause();
        if (from <= 0) {
            return false;
        }
        for (int i = from; i + 2 < words.size(); i++) {
            if (WITHIN.equals(words.get(i).surface()) && FEW.contains(words.get(i + 1).surface())) {
                int span = BETWEEN.contains(words.get(i + 2).surface()) ? i + 3 : i + 2;
                if (span < words.size() && SPANS.contains(words.get(span).surface())
                        && (span + 1 >= words.size() || !AFTER.equals(words.get(span + 1).surface()))) {
                    return true;
                }
            }
            if (main > 0 && WHEN.equals(words.get(0).surface()) && SAME.contains(words.get(i).surface())
                    && PART_OF_DAY.contains(words.get(i + 1).surface())) {
                return true;
            }
        }
        return false;
    }
}
