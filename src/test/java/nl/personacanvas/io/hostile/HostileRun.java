package nl.personacanvas.io.hostile;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import nl.personacanvas.io.FileFingerprint;
import nl.personacanvas.io.FormatProblem;
import nl.personacanvas.io.WorkbookCodec;
import nl.personacanvas.io.WorkbookFormatException;
import nl.personacanvas.io.WorkbookStore;
import nl.personacanvas.model.Workbook;

/**
 * Opens hostile files one by one through {@link WorkbookStore#load}, in a process of its own so its
 * heap can be kept small ({@code -Xmx256m}): each file must be refused with a clear message or loaded
 * whole, within a second of CPU time, without any other exception or error (out of memory, stack
 * overflow), and be left exactly as it was. Prints one {@code FAIL} line per failure and a summary.
 *
 * <p>Arguments: seed, number of files, folder for the files.
 */
public final class HostileRun {
    private static final long MAX_CPU_NANOS = 1_000_000_000L;
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final Locale NL = Locale.forLanguageTag("nl");

    private final WorkbookCodec codec = new WorkbookCodec();
    private final WorkbookStore store = new WorkbookStore(codec);
    private final Map<String, int[]> byKind = new TreeMap<>();
    private final Map<String, Integer> byMessage = new TreeMap<>();
    private int failures;
    /** Heap in use after each file, garbage included: an upper bound of what loading needed. */
    private long peakHeap;
    private long slowestCpu;
    private String slowest = "";

    private HostileRun() {
    }

    public static void main(String[] args) throws Exception {
        long seed = Long.parseLong(args[0]);
        int count = Integer.parseInt(args[1]);
        Path dir = Files.createDirectories(Path.of(args[2]));
        HostileRun run = new HostileRun();
        run.warmUp(dir);
        HostileWorkbooks files = new HostileWorkbooks(seed);
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            run.open(files.mutant(i), dir);
            run.peakHeap = Math.max(run.peakHeap, MEMORY.getHeapMemoryUsage().getUsed());
        }
        run.byKind.forEach((kind, n) -> System.out.printf("KIND %s loaded=%d refused=%d%n", kind, n[0], n[1]));
        run.byMessage.forEach((key, n) -> System.out.printf("MESSAGE %s %d%n", key, n));
        System.out.printf("SUMMARY files=%d failures=%d seconds=%d slowestCpuMs=%d slowest=%s peakHeapMB=%d maxHeapMB=%d%n",
                count, run.failures, (System.nanoTime() - start) / 1_000_000_000L, run.slowestCpu / 1_000_000, run.slowest,
                run.peakHeap >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
    }

    /**
     * Loads a sample and a few hundred files of another seed first, so class loading and compiling are
     * not counted against the first files.
     */
    private void warmUp(Path dir) throws Exception {
        Path file = dir.resolve("warm-up.pcanvas");
        try (InputStream in = HostileRun.class.getResourceAsStream("/nl/personacanvas/samples/alfa-college.pcanvas")) {
            Files.write(file, in.readAllBytes());
        }
        for (int i = 0; i < 20; i++) {
            codec.write(store.load(file));
        }
        Files.delete(file);
        HostileWorkbooks other = new HostileWorkbooks(-1);
        for (int i = 0; i < 4 * HostileWorkbooks.kinds().size(); i++) {
            try {
                store.load(Files.write(file, other.mutant(i).bytes()));
            } catch (WorkbookFormatException e) {
                // expected for most; only the time it takes matters here
            }
        }
        Files.delete(file);
    }

    private void open(HostileWorkbooks.Mutant m, Path dir) throws IOException {
        Path file = dir.resolve(String.format("%05d-%s.pcanvas", m.index(), m.kind()));
        Files.write(file, m.bytes());
        FileFingerprint before = FileFingerprint.read(file);
        FileTime modified = Files.getLastModifiedTime(file);
        long start = THREADS.getCurrentThreadCpuTime();
        String outcome;
        try {
            Workbook wb = store.load(file);
            outcome = "loaded";
            if (!codec.read(codec.write(wb)).equals(wb)) {
                fail(m, "loaded a workbook that does not survive saving and loading again");
            }
        } catch (WorkbookFormatException e) {
            outcome = "refused";
            checkMessage(m, e);
        } catch (Throwable t) {
            outcome = "crashed";
            StackTraceElement[] where = t.getStackTrace();
            fail(m, t + (where.length > 0 ? " at " + where[0] : ""));
        }
        long cpu = THREADS.getCurrentThreadCpuTime() - start;
        if (cpu > slowestCpu) {
            slowestCpu = cpu;
            slowest = file.getFileName().toString();
        }
        if (cpu > MAX_CPU_NANOS) {
            fail(m, "took " + cpu / 1_000_000 + " ms of CPU time");
        }
        if (!FileFingerprint.read(file).sameContent(before) || !Files.getLastModifiedTime(file).equals(modified)) {
            fail(m, "the file was changed by opening it");
        }
        Files.delete(file);
        int[] counts = byKind.computeIfAbsent(m.kind(), k -> new int[2]);
        counts[outcome.equals("loaded") ? 0 : 1]++;
    }

    /** A clear message: in both languages, filled in, one readable line, with a place when there is one. */
    private void checkMessage(HostileWorkbooks.Mutant m, WorkbookFormatException e) {
        for (FormatProblem p : e.problems()) {
            byMessage.merge(p.key(), 1, Integer::sum);
            if (System.getProperty("hostile.show") != null && p.key().equals(System.getProperty("hostile.show"))) {
                System.out.println("SHOW " + m.index() + " " + p.describeWithPath(Locale.ENGLISH));
            }
            if (p.key().equals("error.syntax") || p.key().equals("error.limit")) {
                fail(m, "the parser's own English message, untranslated: " + p.describe(Locale.ENGLISH));
            }
            for (Locale locale : new Locale[] {NL, Locale.ENGLISH}) {
                String text = p.describeWithPath(locale);
                if (text.isBlank() || text.matches("(?s).*\\{\\d.*") || text.length() > 2_000 || text.contains("\n")) {
                    fail(m, "unclear message for " + p.key() + ": " + text.substring(0, Math.min(200, text.length())));
                }
            }
        }
    }

    private void fail(HostileWorkbooks.Mutant m, String why) {
        failures++;
        System.out.printf("FAIL %05d %s: %s%n", m.index(), m.kind(), why.replace('\n', ' '));
    }
}
