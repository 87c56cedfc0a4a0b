package nl.personacanvas.check;

import java.util.ArrayList;
import java.util.Arrays;
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
    private static final Comparator<ElementMatch> BEST_FIRST =
            Comparator.comparingDouble(ElementMatch::confidence).reversed();
    private static final String OWN_ACTIVITY = "";
    /** Words of nearly every excerpt say nothing about which element is meant. */
    private static final Set<String> UNINFORMATIVE = Set.of("oog", "student", "docent", "onderwijs", "hun", "ze");

    /**
     * Per element with any evidence (ordinals ascending), the chance the statement does not address it:
     * compact, as the checker keeps one per distinct text.
     */
    record Evidence(int[] ordinals, double[] misses) {
        double miss(int ordinal) {
            for (int i = 0; i < ordinals.length; i++) {
                if (ordinals[i] == ordinal) {
                    return misses[i];
                }
            }
            return Double.NaN;
        }
    }

    /** An element that can be matched, with its number (position in the matrix's reading order). */
    private record Candidate(MatrixElement element, int ordinal) {
    }

    /** Candidates per matrix activity id, professional row included; key "" holds the professional row only. */
    private final Map<String, List<Candidate>> candidates = new HashMap<>();
    /**
     * Per key of {@link #candidates}, per element ordinal its place in that list or -1: a statement's evidence
     * names a few elements, so they are looked up instead of every candidate being asked.
     */
    private final Map<String, int[]> places = new HashMap<>();
    /** Per stem number, the ordinals of the elements whose excerpts contain it (to count shared stems). */
    private int[][] byExcerptStem = new int[0][];
    /** Per element ordinal, how many informative stems its excerpt has. */
    private final int[] excerptSize;
    private final PhraseIndex<Integer> keywords = new PhraseIndex<>();

    ElementMatcher(CompetencyMatrix matrix, Map<String, List<String>> keywordSections, TextAnalyzer analyzer) {
        List<MatrixElement> all = matrix.allElements();
        Map<String, Integer> ordinals = new HashMap<>();
        all.forEach(e -> ordinals.put(e.id(), ordinals.size()));
        keywordSections.forEach((ids, lines) -> {
            List<Phrase> phrases = lines.stream().map(analyzer::phrase).toList();
            for (String id : ids.split("\\s+")) {
                if (!id.isEmpty()) {
                    if (matrix.element(id).isEmpty()) {
                        throw new IllegalStateException("element-keywords.txt names unknown element " + id);
                    }
                    phrases.forEach(p -> keywords.add(p, ordinals.get(id)));
                }
            }
        });
        this.excerptSize = new int[all.size()];
        List<Candidate> professional = new ArrayList<>();
        for (MatrixElement e : all) {
            Set<String> stems = new HashSet<>(analyzer.analyze(e.excerpt()).stems());
            stems.removeAll(UNINFORMATIVE);
            Candidate c = new Candidate(e, ordinals.get(e.id()));
            excerptSize[c.ordinal()] = stems.size();
            stems.forEach(stem -> addExcerptStem(analyzer.id(stem), c.ordinal()));
            if (e.activityId() == null) {
                professional.add(c);
            } else {
                candidates.computeIfAbsent(e.activityId(), k -> new ArrayList<>()).add(c);
            }
        }
        candidates.values().forEach(list -> list.addAll(professional));
        candidates.put(OWN_ACTIVITY, List.copyOf(professional));
        candidates.forEach((activity, list) -> {
            int[] place = new int[all.size()];
            Arrays.fill(place, -1);
            for (int i = 0; i < list.size(); i++) {
                place[list.get(i).ordinal()] = i;
            }
            places.put(activity, place);
        });
        this.scratch = ThreadLocal.withInitial(() -> new Scratch(all.size()));
    }

    private void addExcerptStem(int stem, int ordinal) {
        if (stem >= byExcerptStem.length) {
            byExcerptStem = Arrays.copyOf(byExcerptStem, Math.max(stem + 1, byExcerptStem.length * 2));
        }
        int[] list = byExcerptStem[stem] == null ? new int[0] : byExcerptStem[stem];
        list = Arrays.copyOf(list, list.length + 1);
        list[list.length - 1] = ordinal;
        byExcerptStem[stem] = list;
    }

    static List<String> texts(Map<String, List<String>> sections, CompetencyMatrix matrix) {
        List<String> result = new ArrayList<>(sections.values().stream().flatMap(List::stream).toList());
        matrix.allElements().forEach(e -> result.add(e.excerpt()));
        return result;
    }

    /**
     * One thread's working memory for {@link #misses}, by element ordinal, reused from text to text: only
     * the ordinals a text touched are reset afterwards, so a text costs work by its evidence, not by the
     * size of the matrix.
     */
    private static final class Scratch {
        /** Chance of missing per ordinal; NaN: no evidence yet. */
        final double[] miss;
        /** Informative excerpt stems the text shares with each element; zero between texts. */
        final int[] shared;
        final int[] missed;
        final int[] sharing;

        Scratch(int elements) {
            miss = new double[elements];
            Arrays.fill(miss, Double.NaN);
            shared = new int[elements];
            missed = new int[elements];
            sharing = new int[elements];
        }
    }

    private final ThreadLocal<Scratch> scratch;

    /**
     * Per element of any activity with evidence, the chance the statement does not address it, or null
     * when there is no evidence for any element. It does not depend on the activity, so the checker
     * computes it once per text and filters per activity.
     */
    Evidence misses(AnalyzedText text) {
        Scratch s = scratch.get();
        double[] miss = s.miss;
        int missed = 0;
        // Evidence is multiplied in the same order as always (keywords as found, then excerpts by ordinal),
        // so every chance is bit for bit what it was.
        for (PhraseIndex.Item<Integer> item : keywords.matches(text)) {
            double c = Math.min(KEYWORD_MAX, KEYWORD_BASE + KEYWORD_PER_WORD * (item.phrase().ids().length - 1));
            missed = merge(s, missed, item.value(), 1 - c);
        }
        int[] shared = s.shared;
        int sharing = 0;
        for (int stem : text.stemIds()) {
            if (stem < byExcerptStem.length && byExcerptStem[stem] != null) {
                for (int ordinal : byExcerptStem[stem]) {
                    if (shared[ordinal]++ == 0) {
                        s.sharing[sharing++] = ordinal;
                    }
                }
            }
        }
        Arrays.sort(s.sharing, 0, sharing);
        for (int i = 0; i < sharing; i++) {
            int ordinal = s.sharing[i];
            double share = (double) shared[ordinal] / excerptSize[ordinal];
            shared[ordinal] = 0;
            if (share >= EXCERPT_SHARE) {
                missed = merge(s, missed, ordinal, 1 - share * 0.95);
            }
        }
        if (missed == 0) {
            return null;
        }
        Arrays.sort(s.missed, 0, missed);
        int[] ordinals = Arrays.copyOf(s.missed, missed);
        double[] misses = new double[missed];
        for (int i = 0; i < missed; i++) {
            misses[i] = miss[ordinals[i]];
            miss[ordinals[i]] = Double.NaN;
        }
        return new Evidence(ordinals, misses);
    }

    /** Independent evidence: the chances of missing multiply. Returns how many ordinals have evidence now. */
    private static int merge(Scratch s, int missed, int ordinal, double chance) {
        if (Double.isNaN(s.miss[ordinal])) {
            s.miss[ordinal] = chance;
            s.missed[missed] = ordinal;
            return missed + 1;
        }
        s.miss[ordinal] *= chance;
        return missed;
    }

    /** Elements the statement addresses, best first, each at least {@link #THRESHOLD} sure. */
    List<ElementMatch> match(Evidence miss, String matrixActivityId, Quadrant bestFit) {
        if (miss == null) {
            return List.of();
        }
        String key = matrixActivityId != null && candidates.containsKey(matrixActivityId) ? matrixActivityId
                : OWN_ACTIVITY;
        List<Candidate> inScope = candidates.get(key);
        int[] place = places.get(key);
        // The candidates with evidence, in the candidates' order (the order equal confidences keep).
        int[] with = new int[miss.ordinals().length];
        int count = 0;
        for (int ordinal : miss.ordinals()) {
            if (place[ordinal] >= 0) {
                with[count++] = place[ordinal];
            }
        }
        if (count == 0) {
            return List.of();
        }
        Arrays.sort(with, 0, count);
        List<ElementMatch> result = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            Candidate c = inScope.get(with[k]);
            double m = miss.miss(c.ordinal());
            MatrixElement e = c.element();
            double confidence = 1 - m;
            if (bestFit != null && e.role().quadrant().isPresent() && e.role().quadrant().get() != bestFit) {
                confidence *= OTHER_ROW_FACTOR;
            }
            if (confidence >= THRESHOLD) {
                result.add(new ElementMatch(e.id(), Math.round(confidence * 100) / 100.0, false));
            }
        }
        result.sort(BEST_FIRST);
        return result;
    }
}
