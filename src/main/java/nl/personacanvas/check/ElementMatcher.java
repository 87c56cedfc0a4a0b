package nl.personacanvas.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
    private static final double KEYWORD_BASE = 0.45;
    private static final double KEYWORD_PER_WORD = 0.15;
    private static final double KEYWORD_MAX = 0.85;
    /** Elements of another row than the statement fits are less likely meant. */
    private static final double OTHER_ROW_FACTOR = 0.8;
    /** Words of nearly every excerpt say nothing about which element is meant. */
    private static final Set<String> UNINFORMATIVE = Set.of("oog", "student", "docent", "onderwijs", "hun", "ze");

    private record Candidate(MatrixElement element, Set<String> excerptStems, List<Phrase> keywords) {
    }

    private final Map<String, Candidate> candidates = new LinkedHashMap<>();

    ElementMatcher(CompetencyMatrix matrix, Map<String, List<String>> keywordSections, TextAnalyzer analyzer) {
        Map<String, List<Phrase>> keywords = new HashMap<>();
        keywordSections.forEach((ids, lines) -> {
            List<Phrase> phrases = lines.stream().map(analyzer::phrase).toList();
            for (String id : ids.split("\\s+")) {
                if (!id.isEmpty()) {
                    if (matrix.element(id).isEmpty()) {
                        throw new IllegalStateException("element-keywords.txt names unknown element " + id);
                    }
                    keywords.computeIfAbsent(id, k -> new ArrayList<>()).addAll(phrases);
                }
            }
        });
        for (MatrixElement e : matrix.allElements()) {
            Set<String> stems = new HashSet<>(analyzer.analyze(e.excerpt()).stems());
            stems.removeAll(UNINFORMATIVE);
            candidates.put(e.id(), new Candidate(e, Set.copyOf(stems), List.copyOf(keywords.getOrDefault(e.id(), List.of()))));
        }
    }

    static List<String> texts(Map<String, List<String>> sections, CompetencyMatrix matrix) {
        List<String> result = new ArrayList<>(sections.values().stream().flatMap(List::stream).toList());
        matrix.allElements().forEach(e -> result.add(e.excerpt()));
        return result;
    }

    /** Elements the statement addresses, best first, each at least {@link #THRESHOLD} sure. */
    List<ElementMatch> match(AnalyzedText text, String matrixActivityId, Quadrant bestFit) {
        Set<String> stems = text.stems();
        List<ElementMatch> result = new ArrayList<>();
        for (Candidate c : candidates.values()) {
            MatrixElement e = c.element();
            boolean inScope = e.activityId() == null || e.activityId().equals(matrixActivityId);
            if (!inScope) {
                continue;
            }
            double confidence = score(c, text, stems);
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

    private static double score(Candidate c, AnalyzedText text, Set<String> stems) {
        double miss = 1;
        if (!c.excerptStems().isEmpty()) {
            long present = c.excerptStems().stream().filter(stems::contains).count();
            double share = (double) present / c.excerptStems().size();
            if (share >= EXCERPT_SHARE) {
                miss *= 1 - share * 0.95;
            }
        }
        for (Phrase p : c.keywords()) {
            if (text.contains(p)) {
                miss *= 1 - Math.min(KEYWORD_MAX, KEYWORD_BASE + KEYWORD_PER_WORD * (p.stems().size() - 1));
            }
        }
        return 1 - miss;
    }
}
