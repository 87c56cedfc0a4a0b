package nl.personacanvas.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import nl.personacanvas.io.SampleWorkbooks;
import nl.personacanvas.check.CanvasChecker;
import nl.personacanvas.io.WorkbookCodec;
import nl.personacanvas.io.WorkbookFormatException;
import nl.personacanvas.matrix.CompetencyMatrix;
import nl.personacanvas.model.Entry;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Quadrant;
import nl.personacanvas.model.Workbook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true)
final class BenchCommand implements Callable<Integer> {
    private static final int WARM_UP_ROUNDS = 8;
    /** Bounds the warm-up on a machine so busy that the compiler never looks quiet. */
    private static final int MAX_WARM_UP_ROUNDS = 80;
    /** A warm-up round is quiet when the JVM's own threads used at most this share of the process's CPU. */
    private static final double QUIET_SHARE = 0.1;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    @Option(names = "--personas", defaultValue = "1000", descriptionKey = "bench.personas")
    int personas;

    @Option(names = "--entries", defaultValue = "40", descriptionKey = "bench.entries")
    int entries;

    @Option(names = "--runs", defaultValue = "5", descriptionKey = "bench.runs")
    int runs;

    @Option(names = "--edits", defaultValue = "500", descriptionKey = "bench.edits")
    int edits;

    @Option(names = "--texts", defaultValue = "sampled", paramLabel = "sampled|unique", descriptionKey = "bench.texts")
    String texts;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws WorkbookFormatException {
        PrintWriter out = CliContext.of(spec).out();
        CompetencyMatrix matrix = CompetencyMatrix.loadBundled();
        WorkbookCodec codec = new WorkbookCodec();
        BenchmarkWorkbooks.Mode mode = "unique".equals(texts) ? BenchmarkWorkbooks.Mode.UNIQUE
                : BenchmarkWorkbooks.Mode.SAMPLED;
        SampleWorkbooks samples = new SampleWorkbooks(codec);
        Workbook generated = new BenchmarkWorkbooks(mode, 1, samples).generate(personas, entries);
        byte[] file = codec.write(generated);
        long distinct = generated.personas().stream().flatMap(p -> p.canvas().allEntries()).map(Entry::text)
                .distinct().count();
        // Warm up the JIT on another workbook, both ways of checking, so the timed runs start with cold
        // checker caches but compiled code. A fixed number of rounds is not enough: on two processors HotSpot
        // compiles with one C2 thread, whose backlog after 8 rounds is still seconds long (the checker's hot
        // methods take up to a second each), and while it works it takes the core checkAll's second thread
        // needs. So go on until a round in which the JVM's own threads (compilers, collector) were quiet.
        byte[] warmFile = codec.write(new BenchmarkWorkbooks(mode, 2, samples).generate(personas, entries));
        int warmUps = 0;
        boolean quiet = false;
        while (warmUps < WARM_UP_ROUNDS || !quiet && warmUps < MAX_WARM_UP_ROUNDS) {
            long process = PROCESS.getProcessCpuTime();
            long java = sum(threadCpu());
            checkAll(new CanvasChecker(matrix), codec.read(warmFile));
            checkOneByOne(new CanvasChecker(matrix), codec.read(warmFile));
            long processUsed = PROCESS.getProcessCpuTime() - process;
            quiet = processUsed - (sum(threadCpu()) - java) <= QUIET_SHARE * processUsed;
            warmUps++;
        }

        long[] parse = new long[runs];
        long[] parseCpu = new long[runs];
        long[] all = new long[runs];
        long[] allCpu = new long[runs];
        long[] allJvmCpu = new long[runs];
        long[] oneByOne = new long[runs];
        long[] oneByOneCpu = new long[runs];
        Workbook workbook = null;
        for (int r = 0; r < runs; r++) {
            long c0 = THREADS.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            workbook = codec.read(file);
            parse[r] = System.nanoTime() - t0;
            parseCpu[r] = THREADS.getCurrentThreadCpuTime() - c0;
            // As the product checks a whole workbook (overview, export, CLI check): checkAll, on the workbook
            // just parsed, with cold text caches and loaded lexicons (the app loads them once, after its
            // first frame).
            CanvasChecker fresh = new CanvasChecker(matrix);
            fresh.prepare();
            long process = PROCESS.getProcessCpuTime();
            long[] threads = threadCpu();
            long t1 = System.nanoTime();
            checkAll(fresh, workbook);
            all[r] = System.nanoTime() - t1;
            allCpu[r] = sum(threadCpu()) - sum(threads);
            allJvmCpu[r] = Math.max(0, PROCESS.getProcessCpuTime() - process - allCpu[r]);
            // One persona after the other on one thread, on a workbook of its own (freshly parsed, so its
            // texts are as new to the checker as they are in the timed run above).
            Workbook own = codec.read(file);
            CanvasChecker freshForOne = new CanvasChecker(matrix);
            freshForOne.prepare();
            long c2 = THREADS.getCurrentThreadCpuTime();
            long t2 = System.nanoTime();
            checkOneByOne(freshForOne, own);
            oneByOne[r] = System.nanoTime() - t2;
            oneByOneCpu[r] = THREADS.getCurrentThreadCpuTime() - c2;
        }
        double parseMs = median(parse) / 1e6;
        double allMs = median(all) / 1e6;
        double oneByOneMs = median(oneByOne) / 1e6;
        double parseCpuMs = median(parseCpu) / 1e6;
        out.printf(Locale.ROOT, "workbook: %d personas x %d entries (%d distinct texts, %s), %.1f MB%n", personas,
                entries, distinct, texts, file.length / 1e6);
        out.printf(Locale.ROOT, "warm-up: %d rounds (until the JVM's compiler threads were %s)%n", warmUps,
                quiet ? "quiet" : "still busy");
        out.printf(Locale.ROOT, "parse (WorkbookCodec.read, one thread), median of %d: %.1f ms (CPU %.1f ms)%n", runs,
                parseMs, parseCpuMs);
        out.printf(Locale.ROOT, "check all personas (CanvasChecker.checkAll on %d processors, cold cache), median of "
                + "%d: %.1f ms (CPU of all threads %.1f ms)%n", Runtime.getRuntime().availableProcessors(), runs,
                allMs, median(allCpu) / 1e6);
        out.printf(Locale.ROOT, "  the JVM's own threads (JIT compiler, collector) during it, median: %.1f ms CPU%n",
                median(allJvmCpu) / 1e6);
        out.printf(Locale.ROOT, "ratio check/parse: %.2f%n", allMs / parseMs);
        // On a shared machine wall time stretches with the load; CPU time less so.
        double oneByOneCpuMs = median(oneByOneCpu) / 1e6;
        out.printf(Locale.ROOT, "check all personas one by one on one thread (cold cache), median of %d: %.1f ms "
                + "(CPU %.1f ms), ratio %.2f (CPU ratio %.2f)%n", runs, oneByOneMs, oneByOneCpuMs,
                oneByOneMs / parseMs, oneByOneCpuMs / parseCpuMs);
        out.printf(Locale.ROOT, "re-check one canvas after one edit, median of %d: %.3f ms%n", edits,
                recheckMedianMs(matrix, workbook, new BenchmarkWorkbooks(BenchmarkWorkbooks.Mode.UNIQUE, 3, samples)));
        out.flush();
        return ExitCodes.OK;
    }

    private static void checkAll(CanvasChecker checker, Workbook workbook) {
        checker.checkAll(workbook.personas(), p -> workbook.activityOf(p).map(a -> a.matrixId()).orElse(null));
    }

    private static void checkOneByOne(CanvasChecker checker, Workbook workbook) {
        for (Persona p : workbook.personas()) {
            checker.check(p, workbook.activityOf(p).orElse(null));
        }
    }

    /** Each edit gives one entry a text never seen before, as typing does. */
    private double recheckMedianMs(CompetencyMatrix matrix, Workbook workbook, BenchmarkWorkbooks texts) {
        CanvasChecker checker = new CanvasChecker(matrix);
        checkOneByOne(checker, workbook);
        Persona persona = workbook.personas().get(0);
        var activity = workbook.activityOf(persona).orElse(null);
        Random random = new Random(3);
        long[] times = new long[edits];
        for (int i = 0; i < edits; i++) {
            List<Entry> list = new ArrayList<>(persona.canvas().allEntries().toList());
            Entry edited = list.get(random.nextInt(list.size()));
            Quadrant q = persona.canvas().quadrantOf(edited.id()).orElseThrow();
            persona = persona.withCanvas(persona.canvas().replace(
                    edited.withText(texts.text(q) + " " + i)));
            long t0 = System.nanoTime();
            checker.check(persona, activity);
            times[i] = System.nanoTime() - t0;
        }
        return median(times) / 1e6;
    }

    /** CPU time so far of every live thread (the caller and the fork/join workers among them). */
    private static long[] threadCpu() {
        long[] ids = THREADS.getAllThreadIds();
        long[] result = new long[ids.length];
        for (int i = 0; i < ids.length; i++) {
            result[i] = Math.max(0, THREADS.getThreadCpuTime(ids[i]));
        }
        return result;
    }

    private static long sum(long[] values) {
        long total = 0;
        for (long v : values) {
            total += v;
        }
        return total;
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
