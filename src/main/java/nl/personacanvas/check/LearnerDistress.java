package nl.personacanvas.check;

import java.util.List;
import java.util.Set;

/**
 * A learner's distress in an attitude statement: heimwee, crying, "er doorheen zitten", loneliness, grief ("Is ook 's
 * avonds bereikbaar voor stagiairs met heimwee", "Als mijn student huilend belt, neem ik op"). The lexicon reads the
 * reach (benaderbaar); that the teacher answers a learner's feelings is what makes the writers add empathisch: of the
 * readable labelled statements with benaderbaar beside such distress, 11 of 12 are labelled empathisch too (A1, A4,
 * H48, H57, H61, H65, H87, H88, H91, B17), and every one labelled otherwise names empathisch already. Mistreatment
 * (gepest, uitgescholden, buitengesloten, discriminatie) is not read: noticed it is labelled alert alone in 13 of 16
 * readable statements. The teacher's own distress ("vertelt over haar eigen heimwee", "dat hij zelf ook heimwee had")
 * is openness, not this.
 * {@link AttitudeBeside} gives empathisch beside benaderbaar named alone (session 25, att25b).
 */
final class LearnerDistress {
    static final String ATTITUDE = "empathisch";
    /**
     * The name it stands beside: the reach the learner in distress finds. Beside the noticing (alert) the readable
     * sets hold no such statement without empathisch already named, and the product's own rows name alert alone.
     */
    static final String BESIDE = "benaderbaar";
    /** Distress as written: a form of crying, homesickness, loneliness, grief. */
    private static final Set<String> DISTRESS = Set.of("heimwee", "huilend", "huilt", "huilde", "huilden", "huilen",
            "verdriet", "verdrietig", "eenzaam", "eenzame", "eenzaamheid", "overstuur");
    /** "er (helemaal) doorheen zitten": "doorheen" with a form of "zitten" beside it and "er" a few words before. */
    private static final String THROUGH = "doorheen";
    private static final String THERE = "er";
    private static final Set<String> SITTING = Set.of("zit", "zat", "zitten", "zaten");
    private static final int THERE_REACH = 6;
    /** "het zwaar hebben": "zwaar" right after "het". */
    private static final String HEAVY = "zwaar";
    private static final String IT = "het";
    /** The teacher's own distress: "eigen heimwee", "zelf ook heimwee". */
    private static final Set<String> OWN = Set.of("eigen", "zelf");
    private static final int OWN_REACH = 3;
    /** Learners by a part of the word as written, as {@link TeacherReached} finds them. */
    private static final List<String> LEARNERS = List.of("student", "stagiai", "stagiar", "cursist", "leerling",
            "nieuwkomer", "deelnemer");

    private LearnerDistress() {
    }

    /** Whether a learner's distress, not the teacher's own, is in the statement. */
    static boolean read(AnalyzedText text) {
        List<Word> words = text.words();
        boolean learner = false;
        for (Word w : words) {
            learner |= isLearner(w.surface());
        }
        if (!learner) {
            return false;
        }
        for (int i = 0; i < words.size(); i++) {
            if (distress(words, i) && !own(words, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean distress(List<Word> words, int i) {
        String s = words.get(i).surface();
        if (DISTRESS.contains(s)) {
            return true;
        }
        if (THROUGH.equals(s)) {
            return sitting(words, i) && within(words, i - THERE_REACH, i, THERE);
        }
        return HEAVY.equals(s) && i > 0 && IT.equals(words.get(i - 1).surface());
    }

    private static boolean sitting(List<Word> words, int through) {
        return through > 0 && SITTING.contains(words.get(through - 1).surface())
                || through + 1 < words.size() && SITTING.contains(words.get(through + 1).surface());
    }

    private static boolean within(List<Word> words, int from, int to, String wanted) {
        for (int j = Math.max(0, from); j < to; j++) {
            if (wanted.equals(words.get(j).surface())) {
                return true;
            }
        }
        return false;
    }

    private static boolean own(List<Word> words, int distress) {
        for (int j = Math.max(0, distress - OWN_REACH); j < distress; j++) {
            if (OWN.contains(words.get(j).surface())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLearner(String surface) {
        for (String start : LEARNERS) {
            if (surface.contains(start)) {
                return true;
            }
        }
        return false;
    }
}
