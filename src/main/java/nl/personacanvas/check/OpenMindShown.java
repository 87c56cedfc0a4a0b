package nl.personacanvas.check;

import java.util.List;
import java.util.Set;

/**
 * Open-mindedness shown in a deed rather than named: everything tasted at a table or market abroad ("Proeft alles op
 * de markt in Warschau", "Probeert alles wat het gastgezin op tafel zet"), a judgement held back until understood
 * ("oordeelt pas als ze het begrijpt"), a question asked instead of a correction ("vraag ik door in plaats van haar te
 * verbeteren"). The lexicon reads the curiosity beside it; the writers add open-minded (5 of the 6 readable labelled
 * statements of these shapes: A1, A2, R20B, H61, H75; T2 labels the tasting curiosity alone). {@link AttitudeBeside}
 * gives open-minded beside a single other attitude (session 25, att25b).
 */
final class OpenMindShown {
    static final String ATTITUDE = "open-minded";
    /** Tasting, as written: with "alles" or "van alles" right after ("proeft zelf van alles"). */
    private static final Set<String> TASTE = Set.of("proeft", "proef", "proefde", "proefden", "proeven");
    /** Trying or eating everything, when what is tried is at a table: "Probeert alles wat ... op tafel zet". */
    private static final Set<String> TRY = Set.of("probeert", "probeer", "probeerde", "eet", "at");
    private static final Set<String> FOOD = Set.of("tafel", "eten", "markt", "gerecht", "gerechten", "keuken", "pot",
            "maaltijd", "menu");
    private static final String ALL = "alles";
    private static final int ALL_REACH = 3;
    private static final int FOOD_REACH = 8;
    /** Judging held back: "oordeelt pas", "oordeel ik pas". */
    private static final Set<String> JUDGE = Set.of("oordeelt", "oordeel", "oordeelde", "oordelen");
    private static final String ONLY_THEN = "pas";
    /** "in plaats van ... te verbeteren / corrigeren": a correction replaced. */
    private static final String INSTEAD = "plaats";
    private static final Set<String> CORRECT = Set.of("verbeteren", "corrigeren");
    private static final int CORRECT_REACH = 5;

    private OpenMindShown() {
    }

    /** Whether the statement shows open-mindedness by tasting everything, judging later, or asking not correcting. */
    static boolean read(AnalyzedText text) {
        List<Word> words = text.words();
        for (int i = 0; i < words.size(); i++) {
            String s = words.get(i).surface();
            if (TASTE.contains(s) && within(words, i + 1, ALL_REACH, Set.of(ALL))
                    || TRY.contains(s) && within(words, i + 1, ALL_REACH, Set.of(ALL))
                    && within(words, i + 1, FOOD_REACH, FOOD)
                    || JUDGE.contains(s) && within(words, i + 1, 2, Set.of(ONLY_THEN))
                    || INSTEAD.equals(s) && i > 0 && "in".equals(words.get(i - 1).surface())
                    && within(words, i + 1, CORRECT_REACH, CORRECT)) {
                return true;
            }
        }
        return false;
    }

    private static boolean within(List<Word> words, int from, int reach, Set<String> wanted) {
        for (int j = from; j < Math.min(words.size(), from + reach); j++) {
            if (wanted.contains(words.get(j).surface())) {
                return true;
            }
        }
        return false;
    }
}
