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
    /** The section of plans: a kind found by the word after "in", not by the first word after the verb. */
    private static final String INTO_PLANS = "[into plans]";
    /** A word after these (and a determiner) is when or where, not the object: "Vraagt in de les ...". */
    private static final Set<String> TIME_OR_PLACE = Set.of("in", "tijdens", "na", "voor");
    private static final Set<String> DETERMINERS = Set.of("de", "het", "een", "elke", "iedere", "deze");
    /** Where a thing is put into a plan or a shared place: "in de examenplanning", "op het intranet" (session 28). */
    private static final Set<String> INTO = Set.of("in", "op");
    /** Adjectives of a plan or shared place passed over as determiners are: "in de gedeelde map" (session 28). */
    private static final Set<String> PLAN_ADJECTIVES = Set.of("gedeelde", "gezamenlijke", "digitale");

    /** Stem numbers of the opening verbs whose object decides. */
    private final Set<Integer> verbs = new HashSet<>();
    /** Per stem number its kind's number (the order of the file's sections after the verbs). */
    private final Map<Integer, Integer> kinds = new HashMap<>();
    /** Stem numbers of plans and records a thing is put into ("... in de jaarplanning komt"). */
    private final Set<Integer> plans = new HashSet<>();
    private int plansKind = NONE;
    /**
     * Per kind word of {@link #MIN_ENDING} letters or more, as written, its kind: a compound the analyser does not split
     * still counts by its last part ("een proefdagboek", "een reislogboek"; session 29), without making that part a
     * compound part of every text's analysis.
     */
    private final Map<String, Integer> endings = new HashMap<>();
    private static final int MIN_ENDING = 6;

    VerbObject(TextAnalyzer analyzer, List<String> lines) {
        int kind = -1;
        boolean inVerbs = false;
        boolean inPlans = false;
        for (String line : lines) {
            if (line.equals(VERBS)) {
                inVerbs = true;
            } else if (line.startsWith("[")) {
                inVerbs = false;
                kind++;
                inPlans = line.equals(INTO_PLANS);
                plansKind = inPlans ? kind : plansKind;
            } else {
                for (Word w : analyzer.analyze(line).words()) {
                    if (inVerbs) {
                        verbs.add(w.id());
                    } else if (inPlans) {
                        plans.add(w.id());
                    } else if (kind >= 0) {
                        kinds.putIfAbsent(w.id(), kind);
                        if (w.surface().length() >= MIN_ENDING) {
                            endings.putIfAbsent(w.surface(), kind);
                        }
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
        if (intoPlan(words, opening)) {
            return plansKind;
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
            if (kind == null) {
                kind = byEnding(w.surface());
            }
            if (kind != null && !timeOrPlace(words, i, opening)) {
                return kind;
            }
        }
        return NONE;
    }

    /** The kind of a compound by its last part as written ({@link #endings}), or null. */
    private Integer byEnding(String surface) {
        for (int end = surface.length() - MIN_ENDING; end > 0; end--) {
            Integer kind = endings.get(surface.substring(end));
            if (kind != null) {
                return kind;
            }
        }
        return null;
    }

    /**
     * Whether a plan, record or shared place stands after "in" or "op" anywhere after the verb: "Zorgt dat de
     * opdrachten in het OER komen" is getting them into the plans (Organiseren) whatever they are, "Zet zijn
     * werkvormen in de gedeelde map van het team" sharing them; the thing named first says less.
     */
    private boolean intoPlan(List<Word> words, int opening) {
        for (int i = opening + 2; i < words.size() && !plans.isEmpty(); i++) {
            Word w = words.get(i);
            if (w.stop() || !isPlan(w)) {
                continue;
            }
            int j = i - 1;
            while (j > opening && (DETERMINERS.contains(words.get(j).surface())
                    || PLAN_ADJECTIVES.contains(words.get(j).surface()))) {
                j--;
            }
            if (j > opening && INTO.contains(words.get(j).surface())) {
                return true;
            }
        }
        return false;
    }

    private boolean isPlan(Word w) {
        if (plans.contains(w.id())) {
            return true;
        }
        for (int part : w.partIds()) {
            if (plans.contains(part)) {
                return true;
            }
        }
        return false;
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
