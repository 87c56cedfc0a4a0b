package nl.personacanvas.check;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The teacher working alongside a learner: "Zoekt samen met de stagiair een oplossing als ...", "Werkt naast de
 * nieuwkomer in de keuken". The opening verb says nothing of a quadrant there (searching, working, solving), and
 * the words after it (a solution, the workplace, the host company) lean to arranging, yet the statement is guiding
 * that learner. {@link QuadrantClassifier} then weighs the opening as "Begeleidt". Only with a learner right after
 * "samen met" or "naast" (a determiner or adjective between): with a colleague or a service the verb keeps its
 * own weight. Verbs and learners come from {@code alongside.txt}. Thread-safe once built.
 */
final class WorkingAlongside {
    static final int NONE = -1;
    static final String RESOURCE = "alongside.txt";
    private static final String GUIDING = "Begeleidt";
    /** How many words after the opening verb "samen met" or "naast" may stand ("Zoekt op de terugkomdag samen met"). */
    private static final int REACH = 5;
    /** Words between "samen met"/"naast" and the learner: determiners, possessives, a numeral, adjectives (-e). */
    private static final Set<String> BETWEEN = Set.of("de", "het", "een", "haar", "zijn", "hun", "mijn", "onze", "elke", "iedere",
            "die", "deze");
    private static final int BETWEEN_REACH = 3;

    private final Set<Integer> together;
    private final Set<Integer> with;
    private final Set<Integer> learnerObject;
    private final Set<Integer> beside;
    private final Set<Integer> learners;
    /** Lessons and assignments (verb-objects.txt's [material]): "met een opdracht over ..." is the means designed. */
    private final Set<Integer> material;
    private final int guiding;

    WorkingAlongside(TextAnalyzer analyzer, Map<String, List<String>> sections, List<String> material) {
        this.together = analyzer.stemIds(sections.get("together"));
        this.with = analyzer.stemIds(sections.getOrDefault("with", List.of()));
        this.learnerObject = analyzer.stemIds(sections.getOrDefault("learner object", List.of()));
        this.beside = analyzer.stemIds(sections.get("beside"));
        this.learners = analyzer.stemIds(sections.get("learners"));
        this.material = analyzer.stemIds(material);
        this.guiding = analyzer.analyze(GUIDING).words().get(0).id();
    }

    /**
     * The stem number to weigh as the opening verb: {@code head} (the opening verb's stem number, also when read
     * from an infinitive or the first person) unless it is one of the verbs and a learner stands after "samen met"
     * or "naast" within reach of the opening (at {@code opening}); then the stem number of "Begeleidt".
     */
    int head(List<Word> words, int opening, int head) {
        return guiding(words, opening, head, together.contains(head), false, beside.contains(head));
    }

    /**
     * As {@link #head}, for the verbs of talking with "met" + a learner ({@code [with]}) and the verbs with a learner as
     * their object ({@code [learner object]}). Only where a statement is classified, not in the examples the classifier
     * learns from: there the same reading moved the examples that open with "Vraagt", "Belt", "Nodigt" to "Begeleidt",
     * and the verbs left without their learners leaned to arranging ("Vraagt door op ...", "Vraagt naar ...").
     */
    int withLearner(List<Word> words, int opening, int head) {
        if (learnerObject.contains(head) && opening + 1 < words.size() && learnerAt(words, opening + 1)) {
            return materialAsMeans(words, opening) ? head : guiding;
        }
        return guiding(words, opening, head, false, with.contains(head), false);
    }

    private int guiding(List<Word> words, int opening, int head, boolean withTogether, boolean withWith,
            boolean withBeside) {
        if (!withTogether && !withWith && !withBeside) {
            return head;
        }
        int end = Math.min(words.size() - 1, opening + 1 + REACH);
        for (int i = Math.max(0, opening - 1); i < end; i++) {
            String s = words.get(i).surface();
            int after = -1;
            if (withTogether && s.equals("samen") && words.get(i + 1).surface().equals("met")) {
                after = i + 2;
            } else if (withWith && s.equals("met") && i > opening) {
                after = i + 1;
            } else if (withBeside && s.equals("naast")) {
                after = i + 1;
            }
            if (after >= 0 && learnerAt(words, after)) {
                return guiding;
            }
        }
        return head;
    }

    /**
     * Whether "met" + a lesson or assignment follows the opening: "Maakt studenten nieuwsgierig ... met een opdracht
     * over ..." is designing that assignment, "... door foto's in de les te laten bespreken" the lesson.
     */
    private boolean materialAsMeans(List<Word> words, int opening) {
        for (int i = opening + 1; i + 1 < words.size(); i++) {
            if (!words.get(i).surface().equals("met")) {
                continue;
            }
            int j = i + 1;
            while (j < words.size() - 1 && BETWEEN.contains(words.get(j).surface())) {
                j++;
            }
            if (inSet(material, words.get(j))) {
                return true;
            }
        }
        return false;
    }

    private boolean learnerAt(List<Word> words, int from) {
        for (int i = from; i < words.size() && i <= from + BETWEEN_REACH; i++) {
            Word w = words.get(i);
            if (isLearner(w)) {
                return true;
            }
            String s = w.surface();
            if (!BETWEEN.contains(s) && !s.endsWith("e")) {
                return false;
            }
        }
        return false;
    }

    private boolean isLearner(Word w) {
        return inSet(learners, w);
    }

    private static boolean inSet(Set<Integer> set, Word w) {
        if (set.contains(w.id())) {
            return true;
        }
        int[] parts = w.partIds();
        // a compound's head is its last part: "zij-instromer", "bbl-student", "reflectieopdracht"
        return parts.length > 0 && set.contains(parts[parts.length - 1]);
    }
}
