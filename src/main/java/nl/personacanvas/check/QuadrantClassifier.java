package nl.personacanvas.check;

import java.util.ArrayList;
import java.util.Arrays;
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
 * counts as a feature of its own, and with a separated particle or, for a few verbs, the kind of its object
 * ({@link VerbObject}: "Vraagt een collega ..." is not "Vraagt studenten ...").
 */
final class QuadrantClassifier {
    private static final double SMOOTHING = 0.3;
    /** Separable verb particles, each with its number (its place in this list). */
    static final List<String> PARTICLE_WORDS = List.of("op", "af", "in", "uit", "aan", "mee", "door", "na",
            "vast", "samen", "bij", "terug", "voor");
    private static final Map<String, Integer> PARTICLES = numbered(PARTICLE_WORDS);
    /** Softens the naive independence assumption, which makes raw posteriors far too sure of themselves. */
    private static final double TEMPERATURE = 4.0;
    /**
     * Features are numbers: a stem is its analyser number; the opening word and opening word plus particle
     * carry a kind in the high bits (the particle's number in between).
     */
    private static final long HEAD = 1L << 56;
    private static final long HEAD_WITH_PARTICLE = 2L << 56;
    private static final long HEAD_WITH_OBJECT = 3L << 56;

    /** A labelled example. */
    record Example(Quadrant quadrant, String text) {
    }

    private final double[] prior = new double[Quadrant.values().length];
    private static final int QUADRANTS = Quadrant.values().length;
    /**
     * Log P(feature | quadrant), computed once after training, flat (quadrant by quadrant at number x
     * {@link #QUADRANTS}) per stem number and per opening stem number. A stem the training never saw holds
     * zeros: adding 0.0 leaves a sum exactly as it was, so unknown stems need no test.
     */
    private double[] stemWeights = new double[0];
    private double[] headWeights = new double[0];
    private final Map<Long, double[]> particleWeights = new HashMap<>();
    private final InfinitiveHead infinitives;
    private final PerfectHead perfects;
    private final VerbObject objects;
    private final WorkingAlongside alongside;
    private final SeparableStandIn separable;
    private final PartnerContact contact;

    QuadrantClassifier(List<Example> examples, TextAnalyzer analyzer) {
        Map<Quadrant, Map<Long, Integer>> counts = new EnumMap<>(Quadrant.class);
        Map<Quadrant, Integer> totals = new EnumMap<>(Quadrant.class);
        Map<Quadrant, Integer> documents = new EnumMap<>(Quadrant.class);
        Set<Long> vocabulary = new HashSet<>();
        int documentCount = 0;
        List<AnalyzedText> analysed = examples.stream().map(e -> analyzer.analyze(e.text())).toList();
        List<Word> openings = new ArrayList<>();
        for (AnalyzedText text : analysed) {
            int opening = StatementOpening.of(text);
            if (opening >= 0) {
                openings.add(text.words().get(opening));
            }
        }
        this.infinitives = new InfinitiveHead(analyzer, openings);
        this.perfects = new PerfectHead(ResourceText.lines(PerfectHead.RESOURCE), infinitives);
        this.objects = new VerbObject(analyzer, ResourceText.lines("verb-objects.txt"));
        this.alongside = new WorkingAlongside(analyzer, Sections.read(WorkingAlongside.RESOURCE),
                Sections.read("verb-objects.txt").getOrDefault("material", List.of()));
        this.separable = new SeparableStandIn(analyzer, ResourceText.lines(SeparableStandIn.RESOURCE));
        this.contact = new PartnerContact(analyzer, Sections.read(PartnerContact.RESOURCE),
                Sections.read("verb-objects.txt").getOrDefault("partners", List.of()),
                Sections.read(WorkingAlongside.RESOURCE).getOrDefault("learners", List.of()));
        for (Quadrant q : Quadrant.values()) {
            counts.put(q, new HashMap<>());
            totals.put(q, 0);
            documents.put(q, 0);
        }
        for (int i = 0; i < examples.size(); i++) {
            Example e = examples.get(i);
            Map<Long, Integer> c = counts.get(e.quadrant());
            for (long f : features(analysed.get(i))) {
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
        for (long f : vocabulary) {
            double[] weights = new double[quadrants.length];
            for (int q = 0; q < quadrants.length; q++) {
                double denominator = totals.get(quadrants[q]) + SMOOTHING * v;
                weights[q] = Math.log((counts.get(quadrants[q]).getOrDefault(f, 0) + SMOOTHING) / denominator);
            }
            put(f, weights);
        }
    }

    private void put(long feature, double[] weights) {
        int id = (int) feature;
        if ((feature & HEAD_WITH_PARTICLE) != 0) {
            particleWeights.put(feature, weights);
        } else if ((feature & HEAD) != 0) {
            headWeights = grow(headWeights, id);
            System.arraycopy(weights, 0, headWeights, id * QUADRANTS, QUADRANTS);
        } else {
            stemWeights = grow(stemWeights, id);
            System.arraycopy(weights, 0, stemWeights, id * QUADRANTS, QUADRANTS);
        }
    }

    private static double[] grow(double[] table, int id) {
        int need = (id + 1) * QUADRANTS;
        return need <= table.length ? table : Arrays.copyOf(table, Math.max(need, table.length * 2));
    }

    /** Whether any example holds the stem {@code id}: an unseen stem has all-zero weights. */
    private boolean seen(int id) {
        int at = id * QUADRANTS;
        return at < stemWeights.length && stemWeights[at] != 0.0;
    }

    /** Adds the weights of {@code id} in a flat table; numbers past its end were never seen in training. */
    private static void add(double[] score, double[] table, int id) {
        int at = id * QUADRANTS;
        if (at < table.length) {
            for (int q = 0; q < QUADRANTS; q++) {
                score[q] += table[at + q];
            }
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
        // Summed in the order the features were always summed (stems, opening word, particles): the same
        // floating-point result, so the same decisions.
        for (int stem : text.stemIds()) {
            add(score, stemWeights, stem);
        }
        List<Word> words = text.words();
        int opening = StatementOpening.of(text);
        if (opening >= 0) {
            if (!seen(words.get(opening).id())) {
                // A word no example holds at all, before a verb: most often a colleague's name as the subject.
                opening = infinitives.verbAfterUnknownOpening(words, opening);
            }
            // A participle closing a perfect tense, else an infinitive: the verb written later than the opening word.
            long laterVerb = perfects.find(words, opening);
            if (laterVerb == InfinitiveHead.NONE) {
                laterVerb = infinitives.find(words, opening);
            }
            if (laterVerb != InfinitiveHead.NONE) {
                // Written after its object, or as a participle: the verb's weights, as if it opened the statement.
                int head = contact.head(words, opening, classifiedStandIn(words, opening, (int) laterVerb));
                add(score, headWeights, head);
                int particle = (int) (laterVerb >>> 32) - 1;
                if (particle >= 0) {
                    add(score, particleWeights.get(withParticle(head, particle)));
                }
            } else {
                int head = contact.head(words, opening, classifiedStandIn(words, opening, words.get(opening).id()));
                add(score, headWeights, head);
                for (int j = opening + 2; j < words.size(); j++) {
                    int particle = words.get(j).particle();
                    if (particle >= 0) {
                        add(score, particleWeights.get(withParticle(head, particle)));
                    }
                }
                int object = objects.kindAfter(words, opening);
                if (object != VerbObject.NONE) {
                    add(score, particleWeights.get(withObject(head, object)));
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
        // Built in quadrant order, as copying an EnumMap did before, so the map iterates as it always did.
        return Map.of(quadrants[0], exp[0] / sum, quadrants[1], exp[1] / sum, quadrants[2], exp[2] / sum,
                quadrants[3], exp[3] / sum);
    }

    /**
     * The number of a separable verb particle, or -1: looked up once per distinct word when it is analysed
     * ({@link Word#particle()}), not for every word of every statement.
     */
    static int particle(String surface) {
        Integer particle = PARTICLES.get(surface);
        return particle == null ? -1 : particle;
    }

    private static Map<String, Integer> numbered(List<String> words) {
        Map<String, Integer> result = new HashMap<>();
        for (String w : words) {
            result.put(w, result.size());
        }
        return Map.copyOf(result);
    }

    private static void add(double[] score, double[] weights) {
        if (weights != null) {
            for (int q = 0; q < score.length; q++) {
                score[q] += weights[q];
            }
        }
    }

    /** What {@link InfinitiveHead#find} makes of a statement's words (for tests of that rule). */
    long infinitiveHead(AnalyzedText text) {
        int opening = StatementOpening.of(text);
        return opening < 0 ? InfinitiveHead.NONE : infinitives.find(text.words(), opening);
    }

    /**
     * The verb to weigh as the opening: "Begeleidt" beside a learner ({@link WorkingAlongside}), a separable verb's
     * stand-in ({@link SeparableStandIn}), "Overlegt" for a contact with a partner ({@link PartnerContact}), else the
     * opening verb itself.
     */
    private int standIn(List<Word> words, int opening, int head) {
        return separable.head(words, opening, alongside.head(words, opening, head));
    }

    /** {@link #standIn}, and where a statement is classified also a learner talked with or acted on. */
    private int classifiedStandIn(List<Word> words, int opening, int head) {
        return alongside.withLearner(words, opening, standIn(words, opening, head));
    }

    private static long withObject(int head, int kind) {
        return HEAD_WITH_OBJECT | (long) kind << 32 | head;
    }

    private static long withParticle(int head, int particle) {
        return HEAD_WITH_PARTICLE | (long) particle << 32 | head;
    }

    /**
     * The features of a statement in summing order: its stems, its opening word, opening word plus particles,
     * opening word plus the kind of what it acts on ({@link VerbObject}).
     */
    private List<Long> features(AnalyzedText text) {
        List<Long> result = new ArrayList<>();
        for (int stem : text.stemIds()) {
            result.add((long) stem);
        }
        List<Word> words = text.words();
        int opening = StatementOpening.of(text);
        if (opening >= 0) {
            int head = standIn(words, opening, words.get(opening).id());
            result.add(HEAD | head);
            // A separable verb leaves its particle behind: "bouwt een relatie op" is opbouwen.
            for (int j = opening + 2; j < words.size(); j++) {
                int particle = words.get(j).particle();
                if (particle >= 0) {
                    result.add(withParticle(head, particle));
                }
            }
            int object = objects.kindAfter(words, opening);
            if (object != VerbObject.NONE) {
                result.add(withObject(head, object));
            }
        }
        return result;
    }
}
