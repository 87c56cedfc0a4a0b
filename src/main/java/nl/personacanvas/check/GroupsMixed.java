package nl.personacanvas.check;

import java.util.List;
import java.util.Set;

/**
 * The teacher mixing groups that keep apart where learners are free, at table or in the canteen: "zet ik ze bij het
 * eten bewust tussen de Portugese studenten", "schoof ik elke avond bij een ander tafeltje aan, zodat ... niet in hun
 * eigen bubbel bleven", "door elkaar mixt, ook als ze liever bij hun eigen groepje zitten". A task's verbs and no
 * attitude word, yet the readable sets label each of the five such statements verbindend (H57, H61, H69, H83, R20A):
 * what makes it so is the togetherness sought outside the work, where nobody asks for it. In a lesson the same mixing
 * is a work form ("in gemengde tweetallen", "mengt de groepjes bij de heftruckopdracht": tasks), so the free setting
 * is required. {@link BehaviourAttitudes} counts it as behaviour and names verbindend where nothing else named one
 * (session 23, att23).
 */
final class GroupsMixed {
    static final List<String> ATTITUDES = List.of("verbindend");
    private static final Set<String> OWN = Set.of("eigen", "losse");
    /** "bij het eten": the meal, not the verb ("koken en eten"). */
    private static final String MEAL = "eten";
    private static final String EACH_OTHER = "elkaar";
    /**
     * "naast elkaar", "door elkaar", "tussen elkaar" ("tussen" alone is as often a difference or a mediation), of
     * people seated: things laid side by side are a comparison ("naast elkaar leggen", "naast elkaar proeven").
     */
    private static final Set<String> BESIDE = Set.of("naast", "door", "tussen");


    private GroupsMixed() {
    }

    /** Whether the statement has the teacher mix learners who keep apart where they are free. */
    static boolean read(AnalyzedText text) {
        List<Word> words = text.words();
        boolean free = false;
        for (int i = 0; i < words.size() && !free; i++) {
            Word w = words.get(i);
            free = w.is(WordClass.FREE_SETTING) && (!MEAL.equals(w.surface()) || i > 0 && "het".equals(words.get(i - 1).surface()));
        }
        if (!free) {
            return false;
        }
        for (Word w : words) {
            if (w.is(WordClass.ORGANISING)) {
                return false;
            }
        }
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            String s = w.surface();
            if (w.is(WordClass.APART) || w.is(WordClass.MIXING)
                    || w.is(WordClass.OWN_GROUP) && i > 0 && OWN.contains(words.get(i - 1).surface())
                    || EACH_OTHER.equals(s) && i > 0 && BESIDE.contains(words.get(i - 1).surface())
                    && seated(words)) {
                return true;
            }
        }
        return false;
    }

    private static boolean seated(List<Word> words) {
        for (Word w : words) {
            if (w.is(WordClass.SEATING)) {
                return true;
            }
        }
        return false;
    }
}
