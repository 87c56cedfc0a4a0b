package nl.personacanvas.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.personacanvas.matrix.CompetencyMatrix;
import nl.personacanvas.matrix.MatrixElement;
import nl.personacanvas.model.Quadrant;

/**
 * Links a statement to the matrix elements it addresses: through the element's own verbatim excerpt
 * (most of its content words present) and through the expressions of {@code element-keywords.txt}.
 * Only elements of the persona's activity and of the professional row are candidates.
 */
final class ElementMatcher {
    static final double THRESHOLD = 0.5;
    private static final double EXCERPT_SHARE = 0.6;
    private static final double KEYWORD_BASE = 0.55;
    private static final double KEYWORD_PER_WORD = 0.15;
    private static final double KEYWORD_MAX = 0.85;
    /** Elements of another row than the statement fits are less likely meant. */
    private static final double OTHER_ROW_FACTOR = 0.8;
    /** Words of nearly every excerpt say nothing about which element is meant. */
    private static final String OWN_ACTIVITY = "";
    private static final Set<String> UNINFORMATIVE = Set.of("oog", "student", "docent", "onderwijs", "hun", "ze");

    private record Candidate(MatrixElement element, Set<String> excerptStems) {
    }

    /** Candidates per matrix activity id, professional row included; key "" holds the professional row only. */
    private final Map<String, List<Candidate>> candidates = new HashMap<>();
    /** Which candidates' excerpts contain a stem, to count shared stems without visiting every element. */
    private final Map<String, List<Candidate>> byExcerptStem = new HashMap<>();
    private final Map<String, Integer> excerptSize = new HashMap<>();
    private final PhraseIndex<String> keywords = new PhraseIndex<>();

    ElementMatcher(CompetencyMatrix matrix, Map<String, List<String>> keywordSections, TextAnalyzer analyzer) {
        keywordSections.forEach((ids, lines) -> {
            List<Phrase> phrases = lines.stream().map(analyzer::phrase).toList();
            for (String id : ids.split("\\s+")) {
                if (!id.isEmpty()) {
                    if (matrix.element(id).isEmpty()) {
                        throw new IllegalStateException("element-keywords.txt names unknown element " + id);
                    }
                    phrases.forEach(p -> keywords.add(p, id));
                }
            }
        });
        List<Candidate> professional = new ArrayList<>();
        for (MatrixElement e : matrix.allElements()) {
            Set<String> stems = new HashSet<>(analyzer.analyze(e.excerpt()).stems());
            stems.removeAll(UNINFORMATIVE);
            Candidate c = new Candidate(e, Set.copyOf(stems));
            excerptSize.put(e.id(), stems.size());
            stems.forEach(stem -> byExcerptStem.computeIfAbsent(stem, k -> new ArrayList<>()).add(c));
            if (e.activityId() == null) {
                professional.add(c);
            } else {
                candidates.computeIfAbsent(e.activityId(), k -> new ArrayList<>()).add(c);
            }
        }
        candidates.values().forEach(list -> list.addAll(professional));
        candidates.put(OWN_ACTIVITY, List.copyOf(professional));
    }

    static List<String> texts(Map<String, List<String>> sections, CompetencyMatrix matrix) {
        List<String> result = new ArrayList<>(sections.values().stream().flatMap(List::stream).toList());
        matrix.allElements().forEach(e -> result.add(e.excerpt()));
        return result;
    }

    /** Elements the statement addresses, best first, each at least {@link #THRESHOLD} sure. */
    List<ElementMatch> match(AnalyzedText text, String matrixActivityId, Quadrant bestFit) {
        return match(misses(text), matrixActivityId, bestFit);
    }

    /**
     * Per element of any activity, the chance the statement does not address it (absent: no evidence). It
     * does not depend on the activity, so the checker computes it once per text and filters per activity.
     */
    Map<String, Double> misses(AnalyzedText text) {
        Map<String, Double> miss = new HashMap<>();
        for (PhraseIndex.Item<String> item : keywords.matches(text)) {
            double c = Math.min(KEYWORD_MAX, KEYWORD_BASE + KEYWORD_PER_WORD * (item.phrase().stems().size() - 1));
            miss.merge(item.value(), 1 - c, (x, y) -> x * y);
        }
        Map<String, Integer> shared = new HashMap<>();
        for (String stem : text.stems()) {
            for (Candidate c : byExcerptStem.getOrDefault(stem, List.of())) {
                shared.merge(c.element().id(), 1, Integer::sum);
            }
        }
        shared.forEach((id, present) -> {
            double share = (double) present / excerptSize.get(id);
            if (share >= EXCERPT_SHARE) {
                miss.merge(id, 1 - share * 0.95, (x, y) -> x * y);
            }
        });
        return miss;
    }

    List<ElementMatch> match(Map<String, Double> miss, String matrixActivityId, Quadrant bestFit) {
        if (miss.isEmpty()) {
            return List.of();
        }
        List<Candidate> inScope = candidates.getOrDefault(matrixActivityId == null ? OWN_ACTIVITY : matrixActivityId,
                candidates.get(OWN_ACTIVITY));
        List<ElementMatch> result = new ArrayList<>();
        for (Candidate c : inScope) {
            Double m = miss.get(c.element().id());
            if (m == null) {
                continue;
            }
            MatrixElement e = c.element();
            double confidence = 1 - m;
            if (bestFit != null && e.role().quadrant().isPresent() && e.role().quadrant().get() != bestFit) {
                confidence *= OTHER_ROW_FACTOR;
            }
            if (confidence >= THRESHOLD) {
                result.add(new ElementMatch(e.id(), Math.round(confidence * 100) / 100.0, false));
            }
        }
        result.sort(Comparator.comparingDouble(ElementMatch::confidence).reversed());
        return result;
    }
}
