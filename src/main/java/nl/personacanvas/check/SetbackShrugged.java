package nl.personacanvas.check;

import java.util.List;
import java.util.Map;

/**
 * A setback shrugged off in a word or an idiom, and then on: "haal ik mijn schouders op en bel ik de volgende",
 * "Balen, maar ik heb gewoon de volgende op m'n lijstje gebeld", "ben ik niet bij de pakken neer gaan zitten maar ...",
 * "Staking? ... niet treuren", "haakt af? dan gewoon plan B". No attitude word and a task's verbs (bellen, huren,
 * kijken), yet four writers label each such scene an attitude: the shrug veerkrachtig, the next plan taken without
 * fuss flexibel with veerkrachtig. A lesson about setbacks has the learners' "je schouders", a plan B made in advance
 * ("Zorgt voor een plan B als ...") no "dan": neither is read ({@code warm-scenes.txt}, session 25, att25).
 */
final class SetbackShrugged {
    enum Kind {
        /** Shrugged off: veerkrachtig. */
        SHRUG("veerkrachtig"),
        /** "dan (gewoon / maar) plan B": flexibel, veerkrachtig. */
        PLAN_B("flexibel", "veerkrachtig");

        private final List<String> attitudes;

        Kind(String... attitudes) {
            this.attitudes = List.of(attitudes);
        }

        List<String> attitudes() {
            return attitudes;
        }
    }

    private final SurfacePatterns shrugs;
    private final SurfacePatterns planB;

    SetbackShrugged(Map<String, List<String>> sections, CueBits cues) {
        this.shrugs = new SurfacePatterns(sections.get("shrugged off"), cues);
        this.planB = new SurfacePatterns(sections.get("plan b"), cues);
    }

    /** The kind of setback shrugged off the statement (with cue bits {@code present}) tells, or null. */
    Kind read(AnalyzedText text, long present) {
        List<Word> words = text.words();
        return planB.in(words, present) ? Kind.PLAN_B : shrugs.in(words, present) ? Kind.SHRUG : null;
    }
}
