package nl.personacanvas.check;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whom or what an ambiguous opening verb acts on, by kind: partners (colleagues, services, companies) or material
 * (lessons, assignments, tests). The same verb belongs in another quadrant by its object: "Vraagt studenten ..."
 * is the lesson, "Vraagt de taalcoach ..." arranging, "Zorgt dat de opdrachten ..." designing; the classifier
 * weighs the verb and the kind together. Verbs, kinds and words come from {@code verb-objects.txt}. Thread-safe
 * once built.
 */
final class VerbObject {
    static final int NONE = -1;
    /** How many words after the opening word the object may stand ("Vraagt de NT2-coach van school ..."). */
    private static final int REACH = 5;
    private static final String VERBS = "[verbs]";
    /** A word after these (and a determiner) is when or where, not the object: "Vraagt in de les ...". */
    private static final Set<String> TIME_OR_PLACE = Set.of("in", "tijdens", "na", "voor");
    private static final Set<String> DETERMINERS = Set.of("de", "het", "een", "elke", "iedere", "deze");

    /** Stem numbers of the opening verbs whose object decides. */
    private final Set<Integer> verbs = new HashSet<>();
    /** Per stem number its kind's number (the order of the file's sections after the verbs). */
    private final Map<Integer, Integer> kinds = new HashMap<>();

    VerbObject(TextAnalyzer analyzer, List<String> lines) {
        int kind = -1;
        boolean inVerbs = false;
        for (String line : lines) {
            if (line.equals(VERBS)) {
                inVerbs = true;
            } else if (line.startsWith("[")) {
                inVerbs = false;
                kind++;
            } else {
                for (Word w : analyzer.analyze(line).words()) {
                    if (inVerbs) {
                        verbs.add(w.id());
                    } else if (kind >= 0) {
                        kinds.putIfAbsent(w.id(), kind);
                    }
                }
            }
        }
    }

    /**
     * The kind of the first word of a kind within reach after the opening word (at {@code opening}), or
     * {@link #NONE} when there is none or the opening word is not one of the verbs.
     */
    int kindAfter(List<Word> words, int opening) {
        if (!verbs.contains(words.get(opening).id())) {
            return NONE;
        }
        int end = Math.min(words.size(), opening + 1 + REACH);
        for (int i = opening + 1; i < end; i++) {
            Word w = words.get(i);
            if (w.stop()) {
                continue;
            }
            Integer kind = kinds.get(w.id());
            for (int p = 0; kind == null && p < w.partIds().length; p++) {
                kind = kinds.get(w.partIds()[p]);
            }
            if (kind != null && !timeOrPlace(words, i, opening)) {
                return kind;
            }
        }
        return NONE;
    }

    /** Whether the word at {@code i} stands after "in", "tijdens", "na" or "voor" (a determiner between). */
    private static boolean timeOrPlace(List<Word> words, int i, int opening) {
        int j = i - 1;
        while (j > opening && DETERMINERS.contains(words.get(j).surface())) {
            j--;
        }
        return j > opening && TIME_OR_PLACE.contains(words.get(j).surface());
    }
}
