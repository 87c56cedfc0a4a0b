package nl.personacanvas.check;

import java.util.List;
import java.util.Set;

/**
 * The teacher seeing to it that learners of different groups come together: "zorgt dat de Poolse, Syrische en
 * Limburgse studenten ... bij elkaar aan tafel schuiven", "zorg ik dat onze jongens ... met de Poolse studenten
 * optrekken", "Zorgt met een spel ... dat de Nederlandse en Finse studenten zich snel één groep voelen". A task's
 * "zorgt dat" and no attitude word, yet the readable sets label every such statement verbindend (H49, H65, H70, H78,
 * A1 and the labelled sets; a third of them accept Uitvoeren too). What makes it so is the togetherness sought, not a
 * work form: "samen een klant knippen" after "deelt ... in" is a lesson's arrangement, and "aan tafel" alone is a
 * meal on the programme. {@link BehaviourAttitudes} counts it as behaviour and names verbindend where nothing else
 * named one (session 22, att22b).
 */
final class BringingTogether {
    static final List<String> ATTITUDES = List.of("verbindend");
    private static final String THAT = "dat";
    private static final int MUTUAL_REACH = 3;
    /** "één groep" counts as what the learners feel or become ("zich één groep voelen"). */
    private static final Set<String> BECOMING = Set.of("voelen", "voelt", "vormen", "vormt", "worden", "wordt");

    private BringingTogether() {
    }

    /** Whether the statement has the teacher see to learners coming together. */
    static boolean read(AnalyzedText text) {
        List<Word> words = text.words();
        int clause = clauseAfterSeeingTo(words);
        for (int i = clause; clause >= 0 && i < words.size(); i++) {
            if (words.get(i).is(WordClass.GOING_ABOUT) || atTableTogether(words, i, clause) || oneGroup(words, i)) {
                return true;
            }
        }
        return false;
    }

    /** The index after the "dat" that follows a form of "zorgen", else -1. */
    private static int clauseAfterSeeingTo(List<Word> words) {
        boolean seeing = false;
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            seeing |= w.is(WordClass.SEEING_TO);
            if (seeing && THAT.equals(w.surface())) {
                return i + 1;
            }
        }
        return -1;
    }

    private static boolean atTableTogether(List<Word> words, int at, int clause) {
        if (!"aan".equals(words.get(at).surface()) || at + 1 >= words.size()
                || !"tafel".equals(words.get(at + 1).surface())) {
            return false;
        }
        for (int i = Math.max(clause, at - MUTUAL_REACH); i < at; i++) {
            if (words.get(i).is(WordClass.MUTUAL)) {
                return true;
            }
        }
        return false;
    }

    private static boolean oneGroup(List<Word> words, int at) {
        return "een".equals(words.get(at).surface()) && at + 2 < words.size()
                && "groep".equals(words.get(at + 1).surface()) && BECOMING.contains(words.get(at + 2).surface());
    }
}
