package nl.personacanvas.check;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import nl.personacanvas.matrix.CompetencyMatrix;
import nl.personacanvas.model.Canvas;
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
    private static final Quadrant[] QUADRANTS = Quadrant.values();
    /** Bounds the cache; typing produces a new text per keystroke. */
    private static final int CACHE_LIMIT = 100_000;

    /**
     * One distinct entry text: what the profiler finds in it whatever the activity and its content stems as
     * numbers for the overlap test (both filled in once, {@link #analysed}), and its verdict per activity,
     * filled in as activities ask (a racing thread may compute a slot twice; both results are equal and
     * immutable). A whole-workbook check reserves the analysis of every new text first and fills them in
     * afterwards, all texts in a row ({@link WorkbookCheck}).
     */
    static final class Analysis {
        private final String text;
        /** Null until analysed; a racing thread may analyse a text twice, with equal results. */
        private volatile Analysed analysed;
        /**
         * The verdict for every activity when the text's placement cannot depend on the activity (most texts),
         * so an entry reaches it without a per-activity array. Plain fields: a verdict is immutable with final
         * fields, so a racing read sees it whole or null.
         */
        private Verdict common;
        /** Per activity slot, for the other texts. */
        private final Verdict[] byActivity;

        private Analysis(String text, int activities) {
            this.text = text;
            this.byActivity = new Verdict[activities];
        }
    }

    /** What the profiler finds in a text, and its content stem numbers; immutable, so safely shared. */
    private record Analysed(StatementProfile profile, int[] stemCodes) {
    }

    /** The lexicons, and the profiler and the sorter that share them, built once on first use. */
    private record Engine(Lexicons lexicons, StatementProfiler profiler, StatementSorter sorter) {
    }

    private final CompetencyMatrix matrix;
    private final CoverageCalculator coverage;
    private final OverlapDetector overlap = new OverlapDetector();
    private volatile Engine engine;
    /** Per entry text, shared by all activities: tokenising and classifying do not depend on the activity. */
    private final Map<String, Analysis> cache = new ConcurrentHashMap<>();
    /** Slot of each matrix activity in {@link Analysis#byActivity}; the last slot is a school's own activity. */
    private final Map<String, Integer> activitySlots = new HashMap<>();

    public CanvasChecker(CompetencyMatrix matrix) {
        this.matrix = matrix;
        this.coverage = new CoverageCalculator(matrix);
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
                    StatementProfiler profiler = new StatementProfiler(lexicons);
                    built = new Engine(lexicons, profiler, new StatementSorter(lexicons, profiler));
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
        Canvas canvas = persona.canvas();
        Analysis[] analyses = new Analysis[size(canvas)];
        int i = 0;
        for (Quadrant q : QUADRANTS) {
            for (Entry e : canvas.entries(q)) {
                analyses[i++] = checked(e) ? reserve(e.text(), null) : null;
            }
        }
        return report(persona, matrixActivityId, analyses);
    }

    /**
     * The number of entries on a canvas, those without text included: a row of analyses has a null for each of
     * them, so each entry's text is tested for blankness once (the report only reads the row, not the text).
     */
    static int size(Canvas canvas) {
        int n = 0;
        for (Quadrant q : QUADRANTS) {
            n += canvas.entries(q).size();
        }
        return n;
    }

    /**
     * Whether an entry is checked at all. One without text (a note just added, not typed in yet) says nothing:
     * it gets no finding, so no flag, and adds nothing to the coverage, in the panel and on the command line.
     */
    static boolean checked(Entry entry) {
        return !entry.text().isBlank();
    }

    /**
     * The report of a persona whose entry texts, in quadrant order, have these analyses (null for an entry without
     * text, {@link #checked}); one not analysed yet (reserved by another check still under way, or new) is analysed
     * here.
     *
     * @param matrixActivityId A1..A5, or null (or unknown) for a school's own activity
     */
    CheckReport report(Persona persona, String matrixActivityId, Analysis[] row) {
        String activity = known(matrixActivityId);
        int slot = slot(activity);
        Canvas canvas = persona.canvas();
        Entry[] entries = new Entry[row.length];
        Quadrant[] placed = new Quadrant[row.length];
        Analysis[] analyses = new Analysis[row.length];
        int[][] codes = new int[row.length][];
        int n = 0;
        int at = 0;
        for (Quadrant q : QUADRANTS) {
            for (Entry e : canvas.entries(q)) {
                Analysis analysis = row[at++];
                if (analysis == null) {
                    continue;
                }
                entries[n] = e;
                placed[n] = q;
                analyses[n] = analysis;
                Analysed analysed = analysis.analysed;
                if (analysed == null) {
                    analysed = analyse(analysis);
                }
                codes[n] = analysed.stemCodes();
                n++;
            }
        }
        int[] twins = overlap.twins(n == row.length ? codes : Arrays.copyOf(codes, n));
        EntryFinding[] findings = new EntryFinding[n];
        boolean[] elements = coverage.noElements();
        boolean[] attitudes = coverage.noAttitudes();
        for (int i = 0; i < n; i++) {
            Verdict verdict = verdict(analyses[i], activity, slot);
            findings[i] = verdict.finding(entries[i], placed[i], twins[i] < 0 ? null : entries[twins[i]].id());
            verdict.addTo(entries[i], elements, attitudes, coverage);
        }
        return new CheckReport(persona.id(), activity, matrix().version(), Arrays.asList(findings),
                coverage.coverage(activity, elements, attitudes));
    }

    /** The matrix activity, or null for a school's own (or an unknown) one. */
    private String known(String matrixActivityId) {
        return matrixActivityId != null && activitySlots.containsKey(matrixActivityId) ? matrixActivityId : null;
    }

    private int slot(String knownActivity) {
        return knownActivity == null ? activitySlots.size() : activitySlots.get(knownActivity);
    }

    /**
     * The cached analysis of a text, or a new one, not yet analysed, put in the cache; a new one is also added
     * to {@code reserved} (when given), so whoever reserved it can analyse it.
     */
    Analysis reserve(String text, List<Analysis> reserved) {
        Analysis cached = cache.get(text);
        if (cached != null) {
            return cached;
        }
        if (cache.size() > CACHE_LIMIT) {
            cache.clear();
        }
        Analysis fresh = new Analysis(text, activitySlots.size() + 1);
        Analysis raced = cache.putIfAbsent(text, fresh);
        if (raced != null) {
            return raced;
        }
        if (reserved != null) {
            reserved.add(fresh);
        }
        return fresh;
    }

    private Analysed analyse(Analysis analysis) {
        return analysed(analysis, engine().lexicons().analyzer.analyze(analysis.text));
    }

    /**
     * Analyses {@code analyses[from..to)}: first all their words, then what the profiler finds in each and its
     * verdict for the activity it was first met under ({@code activities}, by the same index). Done in rounds,
     * each over many texts, because the steps work on different tables (the tokeniser's and the word cache;
     * the lexicons), which then stay in the processor's caches for the whole round.
     */
    void analyse(Analysis[] analyses, String[] activities, int from, int to) {
        TextAnalyzer analyzer = engine().lexicons().analyzer;
        AnalyzedText[] texts = new AnalyzedText[to - from];
        for (int i = from; i < to; i++) {
            texts[i - from] = analyzer.analyze(analyses[i].text);
        }
        for (int i = from; i < to; i++) {
            analysed(analyses[i], texts[i - from]);
        }
        for (int i = from; i < to; i++) {
            String activity = known(activities[i]);
            verdict(analyses[i], activity, slot(activity));
        }
    }

    private Analysed analysed(Analysis analysis, AnalyzedText text) {
        Analysed analysed = new Analysed(engine().profiler().profile(text), OverlapDetector.codes(text));
        analysis.analysed = analysed;
        return analysed;
    }

    private Verdict verdict(Analysis analysis, String activity, int slot) {
        Verdict common = analysis.common;
        if (common != null) {
            return common;
        }
        Verdict verdict = analysis.byActivity[slot];
        if (verdict == null) {
            StatementProfile profile = analysis.analysed.profile();
            verdict = new Verdict(engine().sorter().sort(profile, activity), coverage);
            if (profile.sameForEveryActivity()) {
                analysis.common = verdict;
            } else {
                analysis.byActivity[slot] = verdict;
            }
        }
        return verdict;
    }

    /**
     * Checks many personas at once, spread over the available processors (the overview of a workbook,
     * an export, the command line's {@code check}). One report per persona id; should an id occur twice,
     * the first persona's.
     *
     * @param activityOf the matrix activity id of a persona, null for a school's own activity
     */
    public Map<String, CheckReport> checkAll(List<Persona> personas, Function<Persona, String> activityOf) {
        List<Persona> list = List.copyOf(personas);
        CheckReport[] reports = new WorkbookCheck(this, list, activityOf).reports();
        Map<String, CheckReport> byId = new ConcurrentHashMap<>(list.size() * 2);
        for (CheckReport report : reports) {
            byId.putIfAbsent(report.personaId(), report);
        }
        return byId;
    }
}
