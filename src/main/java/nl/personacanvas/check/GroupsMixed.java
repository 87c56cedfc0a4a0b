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
 * is required. {@link StatementSorter} counts it as behaviour and names verbindend where nothing else named one
 * (session 23, att23).
 */
final class GroupsMixed {
    static final List<String> ATTITUDES = List.of("verbindend");
    /** Where learners are free to sit with whom they like: the cheap gate, a word as written. */
    private static final Set<String> FREE_SETTING = Set.of("eten", "maaltijd", "maaltijden", "kantine", "pauze",
            "tafel", "tafeltje", "lunch", "avondeten", "ontbijt");
    /** Groups that keep apart, or learners put among each other. */
    private static final Set<String> APART = Set.of("bubbel", "hoekje", "groepje", "groepjes", "kliekje", "kliekjes",
            "kampen");
    private static final Set<String> MIXING = Set.of("mixt", "mixte", "mixen", "mengt", "mengde", "mengen");
    private static final String EACH_OTHER = "elkaar";
    /** "naast elkaar", "door elkaar", "tussen elkaar". */
    private static final Set<String> BESIDE = Set.of("naast", "door", "tussen");
    /** "tussen de Portugese studenten", "tussen hen": the teacher puts them, or sits, among others. */
    private static final String AMONG = "tussen";
    private static final Set<String> PEOPLE = Set.of("hen", "ze", "studenten", "leerlingen", "stagiairs",
            "deelnemers", "jongens", "meiden", "meisjes", "gaststudenten");
    private static final int PEOPLE_REACH = 4;

    private GroupsMixed() {
    }

    /** Whether the statement has the teacher mix learners who keep apart where they are free. */
    static boolean read(AnalyzedText text) {
        List<Word> words = text.words();
        boolean free = false;
        for (Word w : words) {
            if (FREE_SETTING.contains(w.surface())) {
                free = true;
                break;
            }
        }
        if (!free) {
            return false;
        }
        for (int i = 0; i < words.size(); i++) {
            String s = words.get(i).surface();
            if (APART.contains(s) || MIXING.contains(s)
                    || EACH_OTHER.equals(s) && i > 0 && BESIDE.contains(words.get(i - 1).surface())
                    || AMONG.equals(s) && peopleAfter(words, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean peopleAfter(List<Word> words, int at) {
        for (int i = at + 1; i < Math.min(words.size(), at + 1 + PEOPLE_REACH); i++) {
            if (PEOPLE.contains(words.get(i).surface())) {
                return true;
            }
        }
        return false;
    }
}
