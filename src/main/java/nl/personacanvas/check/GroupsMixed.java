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
            "tafel", "tafeltje", "tafeltjes", "lunch", "avondeten", "ontbijt");
    /** Groups that keep apart: always ("in een hoekje", "in kliekjes uiteenvalt"). */
    private static final Set<String> APART = Set.of("hoekje", "kliekje", "kliekjes", "kampen");
    /** Groups apart only as their own ("in hun eigen bubbel", "losse groepjes"); "in groepjes" is a work form. */
    private static final Set<String> OWN_GROUP = Set.of("bubbel", "groepje", "groepjes");
    private static final Set<String> OWN = Set.of("eigen", "losse");
    /** "bij het eten": the meal, not the verb ("koken en eten"). */
    private static final String MEAL = "eten";
    private static final Set<String> MIXING = Set.of("mixt", "mixte", "mixen", "mengt", "mengde", "mengen");
    private static final String EACH_OTHER = "elkaar";
    /**
     * "naast elkaar", "door elkaar", "tussen elkaar" ("tussen" alone is as often a difference or a mediation), of
     * people seated: things laid side by side are a comparison ("naast elkaar leggen", "naast elkaar proeven").
     */
    private static final Set<String> BESIDE = Set.of("naast", "door", "tussen");
    private static final Set<String> SEATING = Set.of("zet", "zetten", "zette", "zit", "zitten", "zat", "zaten",
            "schuift", "schuiven", "schoof");

    /** A meal or a seating organised is an event on the programme, a task ("Organiseert een lunch waar ..."). */
    private static final Set<String> ORGANISING = Set.of("organiseert", "organiseer", "organiseren", "organiseerde",
            "regelt", "regel", "regelen", "regelde", "plant", "plannen", "plande", "tafelschikking", "programma");

    private GroupsMixed() {
    }

    /** Whether the statement has the teacher mix learners who keep apart where they are free. */
    static boolean read(AnalyzedText text) {
        List<Word> words = text.words();
        boolean free = false;
        for (int i = 0; i < words.size() && !free; i++) {
            String s = words.get(i).surface();
            free = FREE_SETTING.contains(s) && (!MEAL.equals(s) || i > 0 && "het".equals(words.get(i - 1).surface()));
        }
        if (!free) {
            return false;
        }
        for (Word w : words) {
            if (ORGANISING.contains(w.surface())) {
                return false;
            }
        }
        for (int i = 0; i < words.size(); i++) {
            String s = words.get(i).surface();
            if (APART.contains(s) || MIXING.contains(s)
                    || OWN_GROUP.contains(s) && i > 0 && OWN.contains(words.get(i - 1).surface())
                    || EACH_OTHER.equals(s) && i > 0 && BESIDE.contains(words.get(i - 1).surface())
                    && seated(words)) {
                return true;
            }
        }
        return false;
    }

    private static boolean seated(List<Word> words) {
        for (Word w : words) {
            if (SEATING.contains(w.surface())) {
                return true;
            }
        }
        return false;
    }
}
