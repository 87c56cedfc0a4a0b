package nl.personacanvas.check;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A separable verb whose particle closes the clause ("Houdt de noodnummers van de stagiairs bij"): another verb than
 * its opening word alone, which the examples hold too rarely to weigh. {@link QuadrantClassifier} then weighs the
 * opening as a stand-in verb the examples know for that work ({@code separable-verbs.txt}). The particle counts only
 * where it closes the clause: at the end, or before a conjunction or preposition ("... bij en deelt ze", "... bij
 * voor alle studenten"); "Houdt bij de keuze ... rekening" has the preposition "bij". Thread-safe once built.
 */
final class SeparableStandIn {
    static final String RESOURCE = "separable-verbs.txt";
    /** Words a closing particle may stand before. */
    private static final Set<String> AFTER_PARTICLE = Set.of("en", "voor", "van", "zodat", "om", "in", "op", "met",
            "als", "wanneer", "tijdens", "over", "zodra", "want", "maar");

    /** Per opening verb's stem number: per particle (its words, "up to date" too) its stand-in's stem number. */
    private final Map<Integer, Map<List<String>, Integer>> standIns = new HashMap<>();

    SeparableStandIn(TextAnalyzer analyzer, List<String> lines) {
        for (String line : lines) {
            int bar = line.indexOf('|');
            String[] verb = line.substring(0, bar).strip().split("\\s+");
            int standIn = analyzer.analyze(line.substring(bar + 1).strip()).words().get(0).id();
            List<String> particle = analyzer.analyze(line.substring(verb[0].length(), bar)).words().stream()
                    .map(Word::surface).toList();
            standIns.computeIfAbsent(analyzer.analyze(verb[0]).words().get(0).id(), k -> new HashMap<>())
                    .put(particle, standIn);
        }
    }

    /**
     * The stem number to weigh as the opening verb: the stand-in's when {@code head} (the opening verb's stem
     * number) is listed and its particle closes a clause after the opening (at {@code opening}), else {@code head}.
     */
    int head(List<Word> words, int opening, int head) {
        Map<List<String>, Integer> particles = standIns.get(head);
        if (particles == null) {
            return head;
        }
        for (Map.Entry<List<String>, Integer> e : particles.entrySet()) {
            List<String> particle = e.getKey();
            for (int i = opening + 2; i + particle.size() <= words.size(); i++) {
                int after = i + particle.size();
                if (at(words, i, particle)
                        && (after == words.size() || AFTER_PARTICLE.contains(words.get(after).surface()))) {
                    return e.getValue();
                }
            }
        }
        return head;
    }

    private static boolean at(List<Word> words, int i, List<String> particle) {
        for (int k = 0; k < particle.size(); k++) {
            if (!words.get(i + k).surface().equals(particle.get(k))) {
                return false;
            }
        }
        return true;
    }
}
