package nl.personacanvas.check;

import java.util.List;
import java.util.Set;

/**
 * What a colleague did after an event told in a note of its own, read where {@link SetbackScene} reads the event but
 * names nothing, or does not read a scene: "Driegesprek ... liep uit op gedoe over 'die cultuur van jullie'. Mehmet
 * stond twee weken later gewoon opgewekt weer op de stoep" (back again: veerkrachtig), "Stagiaire ... stond steeds tot
 * na middernacht ingeroosterd. Ilse belde dezelfde ochtend de touroperator" (the same morning: daadkrachtig), "De bus
 * ... kwam niet opdagen. Mehmet maakte er ter plekke een wandeling ... van" (on the spot: flexibel). Scenes written
 * about a named colleague tell the event first, in a sentence or a note of its own ({@link Clauses#toldBreak}), where
 * the first person's scenes open with "Toen ..."; the deed after it is the same deed. Checked on every readable
 * labelled set: "weer" after "een week / twee weken later" or "de week erna" 3 of 3 veerkrachtig (A3, H69, H83);
 * "ter plekke" after a told break 2 of 2 flexibel (H69, H83), where the tasks' "Past ... ter plekke aan als" and
 * "Lost ter plekke op" tell no event before; "dezelfde / diezelfde ochtend ..." after a told break 1 of 1, the same
 * rule {@link QuickDeed} reads after "Toen". {@link BehaviourAttitudes} counts it as behaviour and names the kind's
 * attitude where nothing else named one (session 23, att23).
 */
final class SceneAfterNote {
    enum Kind {
        /** Back again some time after the event. */
        AGAIN("veerkrachtig"),
        /** Done the same part of the day. */
        SAME_DAY(QuickDeed.ATTITUDE),
        /** Turned round on the spot. */
        ON_THE_SPOT("flexibel");

        private final List<String> attitudes;

        Kind(String attitude) {
            this.attitudes = List.of(attitude);
        }

        List<String> attitudes() {
            return attitudes;
        }
    }

    private static final Set<String> FEW = Set.of("een", "twee", "drie", "vier", "paar");
    private static final Set<String> SPANS = Set.of("dag", "dagen", "week", "weken", "maand", "maanden");
    private static final String LATER = "later";
    private static final String AFTER_IT = "erna";
    /** "weer", not the weather ("het weer"). */
    private static final String AGAIN_WORD = "weer";
    private static final Set<String> WEATHER = Set.of("het", "slecht", "mooi", "goed");
    private static final int AGAIN_REACH = 6;
    private static final Set<String> SAME = Set.of("dezelfde", "diezelfde");
    private static final Set<String> PART_OF_DAY = Set.of("ochtend", "middag", "avond", "nacht");
    /** "ter plekke". */
    private static final String SPOT = "plekke";
    private static final String AT = "ter";

    private SceneAfterNote() {
    }

    /** The kind of deed after an event the statement tells, or null. */
    static Kind read(AnalyzedText text) {
        List<Word> words = text.words();
        // The cheap gate: one of the kinds' own words, as written, before any clause is looked for.
        int again = -1;
        int same = -1;
        int spot = -1;
        for (int i = 0; i < words.size(); i++) {
            String s = words.get(i).surface();
            if (AGAIN_WORD.equals(s) && again < 0 && (i == 0 || !WEATHER.contains(words.get(i - 1).surface()))) {
                again = i;
            } else if (SAME.contains(s) && same < 0 && i + 1 < words.size()
                    && PART_OF_DAY.contains(words.get(i + 1).surface())) {
                same = i;
            } else if (SPOT.equals(s) && spot < 0 && i > 0 && AT.equals(words.get(i - 1).surface())) {
                spot = i;
            }
        }
        if (again > 0 && laterBefore(words, again)) {
            return Kind.AGAIN;
        }
        if (same < 0 && spot < 0) {
            return null;
        }
        int told = Clauses.toldBreak(text);
        if (told <= 0) {
            return null;
        }
        return same >= told ? Kind.SAME_DAY : spot >= told ? Kind.ON_THE_SPOT : null;
    }

    /** Whether "een week later", "twee weken later" or "de week erna" stands within a few words before {@code at}. */
    private static boolean laterBefore(List<Word> words, int at) {
        for (int i = Math.max(1, at - AGAIN_REACH); i < at; i++) {
            String s = words.get(i).surface();
            if (SPANS.contains(s) && i + 1 < at) {
                String next = words.get(i + 1).surface();
                if (LATER.equals(next) && FEW.contains(words.get(i - 1).surface()) || AFTER_IT.equals(next)) {
                    return true;
                }
            }
        }
        return false;
    }
}
