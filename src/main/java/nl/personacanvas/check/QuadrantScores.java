package nl.personacanvas.check;

import java.util.List;
import java.util.Map;
import nl.personacanvas.model.Quadrant;

/**
 * What the classifier's scores per quadrant say on their own: its best quadrant, its best activity quadrant, whether it
 * places a statement firmly in one activity quadrant, whether it leans to Houding. {@link StatementProfiler} and
 * {@link StatementSorter} decide with these; the thresholds are the ones the trained attitude model is gated by.
 */
final class QuadrantScores {
    /** The classifier's Houding score from which it leans to Houding (the trained attitude model may name). */
    static final double HOUDING_LEAN = 0.35;
    /** The score of one activity quadrant from which the trained attitude model may not name (see firmTask). */
    static final double FIRM_TASK = 0.9;

    private QuadrantScores() {
    }

    /**
     * Whether the classifier places the statement firmly in one activity quadrant ("Laat studenten in gemengde
     * groepjes werken en stuurt bij als ...": Uitvoeren): a task described so clearly is what the statement is
     * about, whatever behaviour or shape the trained attitude model reads in it.
     */
    static boolean firmTask(Map<Quadrant, Double> scores) {
        return scores.get(Quadrant.DESIGN) >= FIRM_TASK || scores.get(Quadrant.DELIVER) >= FIRM_TASK
                || scores.get(Quadrant.ORGANISE) >= FIRM_TASK;
    }

    /** Whether Houding is the classifier's best quadrant or close to it. */
    static boolean leansToHouding(Map<Quadrant, Double> scores) {
        return scores.get(Quadrant.ATTITUDE) >= HOUDING_LEAN;
    }

    static Quadrant bestActivityQuadrant(Map<Quadrant, Double> scores) {
        Quadrant best = Quadrant.DESIGN;
        for (Quadrant q : List.of(Quadrant.DELIVER, Quadrant.ORGANISE)) {
            if (scores.get(q) > scores.get(best)) {
                best = q;
            }
        }
        return best;
    }

    static Quadrant best(Map<Quadrant, Double> scores) {
        // The first of equal maxima in quadrant order, as Stream.max would pick.
        Quadrant best = null;
        double top = 0;
        for (Quadrant q : Quadrant.values()) {
            Double score = scores.get(q);
            if (score != null && (best == null || score > top)) {
                best = q;
                top = score;
            }
        }
        if (best == null) {
            throw new java.util.NoSuchElementException("no scores");
        }
        return best;
    }
}
