package nl.personacanvas.check;

import java.util.List;
import java.util.Set;

/**
 * The teacher's own curiosity made into a lesson or an assignment ("Nieuwsgierig naar spellen van thuis? Ilse maakte
 * er een lesopdracht van", "Omdat ik benieuwd ben hoe ..., maak ik een opdracht waarin ...", "... en heb er een les
 * over ... van gemaakt"): the curiosity is the occasion, the statement's point the lesson made, a task. All six
 * readable labelled statements of this shape (H75 twice, H83, H87, R20A twice) are labelled a task, five Ontwerpen and
 * one Uitvoeren ("maakt er samen met haar een leermoment van"); the curious teacher who tastes, asks or joins a lesson
 * ("doet zelf mee met de pelota-les") makes nothing and keeps the attitude. {@link StatementProfiler} reads the
 * lexicon's curiosity there as none, so the classifier's best task quadrant places it (session 26, att26b).
 */
final class CuriosityMadeLesson {
    /** The attitudes the curiosity's words name; a statement naming another keeps its names. */
    static final Set<String> CURIOSITY = Set.of("nieuwsgierig", "open-minded");
    /** A teaching product as written; compounds by their ending ("observatieopdracht", "lesbrief" by its start). */
    private static final Set<String> PRODUCT = Set.of("les", "lessen", "leermoment", "lesbrief", "lesserie",
            "lessenserie", "casus", "werkvorm", "opdracht", "opdrachten");
    private static final Set<String> PRODUCT_ENDINGS = Set.of("opdracht", "opdrachten", "les");
    private static final Set<String> PRODUCT_STARTS = Set.of("lesbrief", "lesopdracht", "lesidee", "lessenserie");
    /** The product is one thing made: "een" right before it ("haar lessen maakt" is how another works). */
    private static final String ONE = "een";
    /**
     * How far the making verb may stand from the product ("maakt er in de terugkomdag samen met de groep een
     * leermoment", "een les over ... van gemaakt").
     */
    private static final int MAKING_REACH = 10;

    private CuriosityMadeLesson() {
    }

    /** Whether a curiosity word is followed by a lesson or an assignment the teacher makes. */
    static boolean read(AnalyzedText text) {
        List<Word> words = text.words();
        int curious = -1;
        for (int i = 0; i < words.size() && curious < 0; i++) {
            if (words.get(i).is(WordClass.CURIOUS)) {
                curious = i;
            }
        }
        if (curious < 0) {
            return false;
        }
        for (int i = curious + 2; i < words.size(); i++) {
            if (ONE.equals(words.get(i - 1).surface()) && product(words.get(i).surface())
                    && makingNear(words, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean product(String surface) {
        if (PRODUCT.contains(surface)) {
            return true;
        }
        for (String start : PRODUCT_STARTS) {
            if (surface.startsWith(start)) {
                return true;
            }
        }
        for (String ending : PRODUCT_ENDINGS) {
            // "les" only as a compound's last part of some length ("gastles", "taalles"), not "bles" or "les" itself.
            if (surface.length() > ending.length() + 2 && surface.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    private static boolean makingNear(List<Word> words, int product) {
        for (int j = Math.max(0, product - MAKING_REACH); j < Math.min(words.size(), product + MAKING_REACH); j++) {
            if (words.get(j).is(WordClass.MAKING_PRODUCT)) {
                return true;
            }
        }
        return false;
    }
}
