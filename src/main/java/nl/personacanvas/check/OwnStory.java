package nl.personacanvas.check;

import java.util.List;
import java.util.Set;

/**
 * The teacher's own story told in a statement: a mind changed ("Vond ... eerst onverantwoord, belde toen ... en geeft
 * nu toe ...", "Vroeger dacht ik dat ...; nu weet ik ..."), or the teacher's own family or background told to others
 * ("Vertelde over mijn Indische oma ..."). No attitude word is in it and its verbs are a lesson's, yet the readable
 * sets label every such statement an attitude: a changed mind lerende houding (R20A), one's own background told open
 * (3 of 3 where the teacher tells it; "een student vertelt dat haar familie ..." is another's story). {@link
 * BehaviourAttitudes} counts it as behaviour and names the kind's attitude where nothing else named one (session 22,
 * att22).
 */
final class OwnStory {
    enum Kind {
        CHANGED_MIND("lerende houding"),
        OWN_BACKGROUND("open");

        private final List<String> attitudes;

        Kind(String attitude) {
            this.attitudes = List.of(attitude);
        }

        List<String> attitudes() {
            return attitudes;
        }
    }

    private static final String NOW = "nu";
    /** Who tells it, right before the verb; else the verb opens the statement or follows a name. */
    private static final Set<String> TELLER = Set.of("ik", "hij", "zij", "ze");
    private static final Set<String> OWN = Set.of("mijn", "haar", "zijn");
    private static final String OWN_WORD = "eigen";
    private static final Set<String> BACKGROUND = Set.of("oma", "opa", "moeder", "vader", "ouders", "grootouders",
            "opvoeding", "afkomst", "achtergrond", "jeugd", "familie", "geloof", "roots");
    /** How far after the telling verb the background may stand ("vertel mijn klas eerlijk dat mijn opa ..."). */
    private static final int REACH = 8;

    private OwnStory() {
    }

    /** The kind of own story the statement tells, or null. */
    static Kind read(AnalyzedText text) {
        List<Word> words = text.words();
        if (changedMind(words)) {
            return Kind.CHANGED_MIND;
        }
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).is(WordClass.TELLING) && toldByTeacher(words, i) && ownBackgroundAfter(words, i)) {
                return Kind.OWN_BACKGROUND;
            }
        }
        return null;
    }

    /** A judgement held with "eerst" or "vroeger", and "nu" after it. */
    private static boolean changedMind(List<Word> words) {
        int held = -1;
        boolean before = false;
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            held = held < 0 && w.is(WordClass.HELD) ? i : held;
            before |= w.is(WordClass.EARLIER);
            if (NOW.equals(w.surface()) && held >= 0 && held < i && before) {
                return true;
            }
        }
        return false;
    }

    private static boolean toldByTeacher(List<Word> words, int verb) {
        return verb == 0 || TELLER.contains(words.get(verb - 1).surface())
                || verb == 1 && !words.get(0).stop();
    }

    private static boolean ownBackgroundAfter(List<Word> words, int verb) {
        for (int i = verb + 1; i < Math.min(words.size() - 1, verb + 1 + REACH); i++) {
            if (!OWN.contains(words.get(i).surface())) {
                continue;
            }
            int noun = i + 1;
            noun += OWN_WORD.equals(words.get(noun).surface()) && noun + 1 < words.size() ? 1 : 0;
            // one adjective may stand between: "mijn Indische oma"
            if (BACKGROUND.contains(words.get(noun).surface())
                    || noun + 1 < words.size() && BACKGROUND.contains(words.get(noun + 1).surface())) {
                return true;
            }
        }
        return false;
    }
}
