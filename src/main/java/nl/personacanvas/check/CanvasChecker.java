package nl.personacanvas.check;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.personacanvas.matrix.CompetencyMatrix;
import nl.personacanvas.model.CoreActivity;
import nl.personacanvas.model.Entry;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Quadrant;

/**
 * Checks persona canvases against the competency matrix. Thread-safe: the UI can call it off the FX
 * thread while the user types. Each entry text is analysed once per activity and cached, so re-checking
 * a canvas after one edit only analyses the edited entry; the rest is bookkeeping.
 *
 * <p>Create one per application and share it. Creating it is cheap: the lexicons are loaded and the
 * classifier trained (which takes a moment) on first use, or ahead of it by {@link #prepare()} off the UI
 * thread, so an app can start without waiting for them.
 */
public final class CanvasChecker {
    /** Bounds the cache; typing produces a new text per keystroke. */
    private static final int CACHE_LIMIT = 100_000;
    /** A suggestion to move needs a clear winner, not a toss-up between two quadrants. */
    private static final double MISPLACED_CONFIDENCE = 0.5;
    private static final double MISPLACED_MARGIN = 0.2;

    /**
     * One distinct entry text: what the sorter finds in it whatever the activity, its content stems as
     * sorted hash codes for the overlap test, and its placement per activity, filled in as activities ask
     * (a racing thread may compute a slot twice; both results are equal and immutable).
     */
    private static final class Analysis {
        private final StatementSorter.Profile profile;
        private final int[] stemCodes;
        private final AtomicReferenceArray<SortedStatement> byActivity;

        Analysis(StatementSorter.Profile profile, int[] stemCodes, int activities) {
            this.profile = profile;
            this.stemCodes = stemCodes;
            this.byActivity = new AtomicReferenceArray<>(activities);
        }
    }

    /** The lexicons and the sorter that shares them, built once on first use. */
    private record Engine(Lexicons lexicons, StatementSorter sorter) {
    }

    private final CompetencyMatrix matrix;
    private volatile Engine engine;
    /** Per entry text, shared by all activities: tokenising and classifying do not depend on the activity. */
    private final Map<String, Analysis> cache = new ConcurrentHashMap<>();
    /** Slot of each matrix activity in {@link Analysis#byActivity}; the last slot is a school's own activity. */
    private final Map<String, Integer> activitySlots = new HashMap<>();

    public CanvasChecker(CompetencyMatrix matrix) {
        this.matrix = matrix;
        matrix.activities().forEach(a -> activitySlots.put(a.id(), activitySlots.size()));
    }

    /** Loads the lexicons and trains the classifier now, if that has not happened yet. */
    public void prepare() {
        engine();
    }

    private Engine engine() {
        Engine built = engine;
        if (built == null) {
            synchronized (this) {
                built = engine;
                if (built == null) {
                    Lexicons lexicons = new Lexicons(matrix);
                    built = new Engine(lexicons, new StatementSorter(lexicons));
                    engine = built;
                }
            }
        }
        return built;
    }

    /** The sorter that shares this checker's lexicons (for the sort dialog). */
    public StatementSorter sorter() {
        return engine().sorter();
    }

    public CompetencyMatrix matrix() {
        return matrix;
    }

    /** Checks a persona of a workbook activity; a school's own activity (no matrix id) is checked as such. */
    public CheckReport check(Persona persona, CoreActivity activity) {
        return check(persona, activity == null ? null : activity.matrixId());
    }

    /** @param matrixActivityId A1..A5, or null (or unknown) for a school's own activity */
    public CheckReport check(Persona persona, String matrixActivityId) {
        String activity = matrixActivityId != null && matrix().activity(matrixActivityId).isPresent()
                ? matrixActivityId : null;
        int slot = activity == null ? activitySlots.size() : activitySlots.get(activity);
        List<Entry> entries = new ArrayList<>();
        List<Quadrant> placed = new ArrayList<>();
        List<Analysis> analyses = new ArrayList<>();
        for (Quadrant q : Quadrant.values()) {
            for (Entry e : persona.canvas().entries(q)) {
                entries.add(e);
                placed.add(q);
                analyses.add(analyse(e.text()));
            }
        }
        int[] twins = OverlapDetector.twins(analyses.stream().map(a -> a.stemCodes).toArray(int[][]::new));
        List<EntryFinding> findings = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            findings.add(finding(entries.get(i), placed.get(i), sorted(analyses.get(i), activity, slot),
                    twins[i] < 0 ? null : entries.get(twins[i]).id()));
        }
        CoverageReport coverage = new CoverageCalculator(matrix()).coverage(activity, findings);
        return new CheckReport(persona.id(), activity, matrix().version(), findings, coverage);
    }

    private Analysis analyse(String text) {
        Analysis cached = cache.get(text);
        if (cached != null) {
            return cached;
        }
        if (cache.size() > CACHE_LIMIT) {
            cache.clear();
        }
        Engine engine = engine();
        AnalyzedText analyzed = engine.lexicons().analyzer.analyze(text);
        Analysis analysis = new Analysis(engine.sorter().profile(analyzed), OverlapDetector.codes(analyzed.stems()),
                activitySlots.size() + 1);
        cache.put(text, analysis);
        return analysis;
    }

    private SortedStatement sorted(Analysis analysis, String activity, int slot) {
        SortedStatement sorted = analysis.byActivity.get(slot);
        if (sorted == null) {
            sorted = engine().sorter().sort(analysis.profile, activity);
            analysis.byActivity.set(slot, sorted);
        }
        return sorted;
    }

    /**
     * Checks many personas at once, spread over the available processors (the overview of a workbook).
     *
     * @param activityOf the matrix activity id of a persona, null for a school's own activity
     */
    public Map<String, CheckReport> checkAll(List<Persona> personas, Function<Persona, String> activityOf) {
        return personas.parallelStream().collect(Collectors.toConcurrentMap(Persona::id,
                p -> check(p, activityOf.apply(p)), (x, y) -> x, ConcurrentHashMap::new));
    }

    private static EntryFinding finding(Entry entry, Quadrant placed, SortedStatement sorted, String twin) {
        Set<EntryFlag> flags = EnumSet.noneOf(EntryFlag.class);
        Quadrant suggested = null;
        if (sorted.placement() == Placement.GENERIC) {
            flags.add(sorted.reason() == GenericReason.OTHER_PERSON ? EntryFlag.OTHER_PERSON : EntryFlag.TOO_GENERAL);
        } else {
            Quadrant best = sorted.placement().quadrant().orElseThrow();
            double margin = sorted.scores().get(best) - sorted.scores().get(placed);
            boolean clear = best == Quadrant.ATTITUDE || sorted.confidence() >= MISPLACED_CONFIDENCE
                    && margin >= MISPLACED_MARGIN;
            if (best != placed && clear) {
                flags.add(EntryFlag.MISPLACED);
                suggested = best;
            }
        }
        if (twin != null) {
            flags.add(EntryFlag.OVERLAP);
        }
        return new EntryFinding(entry.id(), placed, sorted.placement(), sorted.confidence(),
                elements(entry, sorted), sorted.attitudes(), flags, suggested, twin);
    }

    /** A person's links win: when an entry has them, they replace the automatic matches. */
    private static List<ElementMatch> elements(Entry entry, SortedStatement sorted) {
        if (entry.links().isEmpty()) {
            return sorted.elements();
        }
        return new LinkedHashSet<>(entry.links()).stream().map(id -> new ElementMatch(id, 1.0, true)).toList();
    }
}
