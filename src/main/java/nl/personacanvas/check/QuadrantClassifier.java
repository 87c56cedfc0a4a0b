package nl.personacanvas.check;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.personacanvas.model.Quadrant;

/**
 * Multinomial naive Bayes over stems, trained when the checker starts on the labelled statements of
 * {@code training-statements.txt} (written for this product) plus the matrix's own cell sentences. The
 * opening word ("Ontwikkelt", "Coacht", "Regelt", "Is" ...) says most about the quadrant, so it also
 * counts as a feature of its own.
 */
final class QuadrantClassifier {
    private static final double SMOOTHING = 0.3;
    private static final String HEAD = "^";
    private static final Set<String> PARTICLES = Set.of("op", "af", "in", "uit", "aan", "mee", "door", "na", "vast",
            "samen", "bij", "terug", "voor");
    /** Softens the naive independence assumption, which makes raw posteriors far too sure of themselves. */
    private static final double TEMPERATURE = 4.0;

    /** A labelled example. */
    record Example(Quadrant quadrant, String text) {
    }

    private final double[] prior = new double[Quadrant.values().length];
    /** Log P(feature | quadrant) per feature, computed once after training. */
    private final Map<String, double[]> logLikelihood = new HashMap<>();

    QuadrantClassifier(List<Example> examples, TextAnalyzer analyzer) {
        Map<Quadrant, Map<String, Integer>> counts = new EnumMap<>(Quadrant.class);
        Map<Quadrant, Integer> totals = new EnumMap<>(Quadrant.class);
        Map<Quadrant, Integer> documents = new EnumMap<>(Quadrant.class);
        Set<String> vocabulary = new HashSet<>();
        int documentCount = 0;
        for (Quadrant q : Quadrant.values()) {
            counts.put(q, new HashMap<>());
            totals.put(q, 0);
            documents.put(q, 0);
        }
        for (Example e : examples) {
            Map<String, Integer> c = counts.get(e.quadrant());
            for (String f : features(analyzer.analyze(e.text()))) {
                c.merge(f, 1, Integer::sum);
                totals.merge(e.quadrant(), 1, Integer::sum);
                vocabulary.add(f);
            }
            documents.merge(e.quadrant(), 1, Integer::sum);
            documentCount++;
        }
        Quadrant[] quadrants = Quadrant.values();
        for (int q = 0; q < quadrants.length; q++) {
            prior[q] = Math.log((documents.get(quadrants[q]) + 1.0) / (documentCount + quadrants.length));
        }
        double v = vocabulary.size();
        for (String f : vocabulary) {
            double[] weights = new double[quadrants.length];
            for (int q = 0; q < quadrants.length; q++) {
                double denominator = totals.get(quadrants[q]) + SMOOTHING * v;
                weights[q] = Math.log((counts.get(quadrants[q]).getOrDefault(f, 0) + SMOOTHING) / denominator);
            }
            logLikelihood.put(f, weights);
        }
    }

    static List<Example> parse(List<String> lines) {
        List<Example> result = new ArrayList<>();
        for (String line : lines) {
            int bar = line.indexOf('|');
            if (bar < 0) {
                throw new IllegalStateException("Training line without 'quadrant |': " + line);
            }
            Quadrant q = Quadrant.fromKey(line.substring(0, bar).strip())
                    .orElseThrow(() -> new IllegalStateException("Unknown quadrant in: " + line));
            result.add(new Example(q, line.substring(bar + 1).strip()));
        }
        return result;
    }

    /** Probability per quadrant, summing to 1. */
    Map<Quadrant, Double> classify(AnalyzedText text) {
        Quadrant[] quadrants = Quadrant.values();
        double[] score = prior.clone();
        for (String f : features(text)) {
            double[] weights = logLikelihood.get(f);
            if (weights != null) {
                for (int q = 0; q < quadrants.length; q++) {
                    score[q] += weights[q];
                }
            }
        }
        double max = Double.NEGATIVE_INFINITY;
        for (double s : score) {
            max = Math.max(max, s / TEMPERATURE);
        }
        double sum = 0;
        double[] exp = new double[quadrants.length];
        for (int q = 0; q < quadrants.length; q++) {
            exp[q] = Math.exp(score[q] / TEMPERATURE - max);
            sum += exp[q];
        }
        Map<Quadrant, Double> result = new EnumMap<>(Quadrant.class);
        for (int q = 0; q < quadrants.length; q++) {
            result.put(quadrants[q], exp[q] / sum);
        }
        return result;
    }

    private static List<String> features(AnalyzedText text) {
        List<String> result = new ArrayList<>(text.stems());
        List<Word> words = text.words();
        for (int i = 0; i < words.size(); i++) {
            if (!words.get(i).stop()) {
                String head = words.get(i).stem();
                result.add(HEAD + head);
                // A separable verb leaves its particle behind: "bouwt een relatie op" is opbouwen.
                for (int j = i + 2; j < words.size(); j++) {
                    if (PARTICLES.contains(words.get(j).surface())) {
                        result.add(HEAD + head + "+" + words.get(j).surface());
                    }
                }
                break;
            }
        }
        return result;
    }
}
