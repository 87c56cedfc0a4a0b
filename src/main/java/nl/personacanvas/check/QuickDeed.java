package nl.personacanvas.check;

import java.util.List;
import java.util.Set;

/**
 * A deed told by how fast it was done after something fell through: "Toen ..., had ik binnen een uur het consulaat
 * gebeld", "Als ..., haal ik mijn studenten binnen een dag terug". The speed is the point (daadkrachtig), but only in
 * the main clause after a leading situation: the same words in a plain task keep a service norm ("Stuurt binnen een
 * dag na het stagebezoek het verslag ..."), no attitude (session 19, att19b).
 */
final class QuickDeed {
    static final String ATTITUDE = "daadkrachtig";
    private static final String WITHIN = "binnen";
    private static final Set<String> FEW = Set.of("een", "twee", "drie");
    private static final Set<String> SPANS = Set.of("uur", "dag", "dagen", "uurtje");
    /** "binnen een dag na de aanmelding": a term after an event is a norm, not speed after a setback. */
    private static final String AFTER = "na";

    private QuickDeed() {
    }

    /** Whether the main clause after a leading situation says the deed was done within an hour or a day or two. */
    static boolean in(AnalyzedText text) {
        int main = text.mainClause();
        if (main <= 0) {
            return false;
        }
        List<Word> words = text.words();
        for (int i = main; i + 2 < words.size(); i++) {
            if (WITHIN.equals(words.get(i).surface()) && FEW.contains(words.get(i + 1).surface())
                    && SPANS.contains(words.get(i + 2).surface())
                    && (i + 3 >= words.size() || !AFTER.equals(words.get(i + 3).surface()))) {
                return true;
            }
        }
        return false;
    }
}
