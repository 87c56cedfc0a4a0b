package nl.personacanvas.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import nl.personacanvas.io.FileFingerprint;
import nl.personacanvas.io.WorkbookCodec;
import nl.personacanvas.io.WorkbookStore;
import nl.personacanvas.model.ActivityGroup;
import nl.personacanvas.model.Canvas;
import nl.personacanvas.model.CoreActivity;
import nl.personacanvas.model.Entry;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Quadrant;
import nl.personacanvas.model.Workbook;

/**
 * Opening and saving a workbook of 1,000 personas against the bare minimum the same work needs: Jackson
 * reading the file into a tree, and writing the same bytes and forcing them to disk. Both sides run in
 * the same process, warmed up, in alternating turns, medians of 21 rounds; then the heap a loaded workbook
 * keeps.
 * Run: {@code mvn -B -o -Pbench-scale -DskipTests test} (results in docs/benchmarks.md).
 */
public final class ScaleBenchmark {
    private static final int PERSONAS = 1_000;
    private static final int WARM_UP = 5;
    private static final int ROUNDS = 21;
    private static final int PAIRED_RUNS = WARM_UP + ROUNDS;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ScaleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "target/bench-scale"));
        WorkbookCodec codec = new WorkbookCodec();
        WorkbookStore store = new WorkbookStore(codec);
        Path file = dir.resolve("scale.pcanvas");
        Path plain = dir.resolve("plain.json");
        store.save(workbook(PERSONAS), file);
        byte[] bytes = Files.readAllBytes(file);
        ObjectMapper jackson = new ObjectMapper();

        // Both sides keep what they read until their next round, as an app keeps the document it opened
        // (the store also keeps the bytes of the personas it read, for the next save).
        Object[] held = new Object[2];
        Pair open = paired(() -> held[0] = jackson.readTree(Files.readAllBytes(file)),
                () -> held[1] = store.load(file));
        Arrays.fill(held, null);
        Workbook loaded = store.load(file);
        // A save follows an edit: each round changes one persona, as a user does between saves (the app
        // opens, saves and autosaves through one store, so it knows the bytes of the personas not edited).
        Queue<Workbook> edits = edits(loaded, PAIRED_RUNS);
        Pair save = paired(() -> writeAndForce(plain, bytes), () -> store.save(edits.remove(), file));
        Queue<Workbook> editsOver = edits(loaded, PAIRED_RUNS);
        FileFingerprint[] current = {store.save(loaded, file)};
        Pair saveOver = paired(() -> writeAndForce(plain, bytes),
                () -> current[0] = store.saveOver(editsOver.remove(), file, current[0]));
        // The first save after opening a file: a new store opens it each round (not timed) and saves what
        // it opened, as a user does who opens a workbook and saves it.
        Pair firstSave = paired(() -> writeAndForce(plain, bytes), () -> {
            WorkbookStore opened = new WorkbookStore(new WorkbookCodec());
            Workbook read = opened.load(file);
            return () -> opened.save(read, file);
        });
        // Personas never written nor read by this store (a workbook made in the app, or imported): every
        // persona is serialised. Each store is let go once used, so its bytes do not count in the heap.
        Pair coldSave = paired(() -> writeAndForce(plain, bytes), () -> {
            WorkbookStore fresh = new WorkbookStore(new WorkbookCodec());
            return () -> fresh.save(loaded, file);
        });
        long heap = retainedHeap(store, file);

        System.out.printf("workbook: %d personas, %d entries, %.1f MB%n", loaded.personas().size(),
                loaded.personas().stream().mapToInt(p -> p.canvas().size()).sum(), bytes.length / 1e6);
        System.out.println("medians of " + ROUNDS + " rounds, each running both sides in turn (after " + WARM_UP
                + " warm-up rounds); ms; CPU = calling thread only");
        System.out.printf("open  (WorkbookStore.load)      %s%n  vs Jackson readTree            %s%n  ratio %s (target <= 2)%n",
                open.ours(), open.base(), open.ratios());
        System.out.printf("save after an edit (WorkbookStore.save)%n"
                + "                                %s%n  vs write + fsync same bytes    %s%n  ratio %s (target <= 2)%n",
                save.ours(), save.base(), save.ratios());
        System.out.printf("save as the app does (saveOver: also checks the file on disk)%n"
                + "                                %s%n  vs write + fsync same bytes    %s%n  ratio %s%n",
                saveOver.ours(), saveOver.base(), saveOver.ratios());
        System.out.printf("first save after opening (a new store opens the file each round, then saves it)%n"
                + "                                %s%n  vs write + fsync same bytes    %s%n  ratio %s (target <= 2)%n",
                firstSave.ours(), firstSave.base(), firstSave.ratios());
        System.out.printf("save of personas never written or read (a new store saves a workbook it did not open)%n"
                + "                                %s%n  vs write + fsync same bytes    %s%n  ratio %s%n",
                coldSave.ours(), coldSave.base(), coldSave.ratios());
        System.out.printf("heap in use with the workbook open (after GC): %d MB (target < 200)%n", heap >> 20);
    }

    private interface Work {
        Object run() throws Exception;
    }

    /** Makes, untimed, the work to time next. */
    private interface Prepared {
        Work prepare() throws Exception;
    }

    /**
     * Median wall-clock and calling-thread CPU time in milliseconds. CPU time is what a shared machine
     * distorts least; wall time is what counts where the disk is waited for (fsync). Saving also uses
     * helper threads, whose CPU time is not in the calling thread's.
     */
    private record Timing(double wall, double cpu) {
        @Override
        public String toString() {
            return String.format("wall %7.1f   CPU %6.1f", wall, cpu);
        }
    }

    /** Both sides' medians and the median of the per-round ratios (ours / baseline). */
    private record Pair(Timing base, Timing ours, double wallRatio, double cpuRatio, double medianRoundRatio) {
        String ratios() {
            return String.format("%.2f wall (per-round median %.2f), %.2f CPU", wallRatio, medianRoundRatio, cpuRatio);
        }
    }

    /**
     * Runs the baseline and ours in turn, alternating which goes first, so both see the same load on a
     * shared machine; a ratio of separate runs minutes apart would mostly measure the neighbours.
     */
    private static Pair paired(Work base, Work ours) throws Exception {
        return paired(base, () -> ours);
    }

    private static Pair paired(Work base, Prepared ours) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            base.run();
            ours.prepare().run();
        }
        double[][] b = new double[2][ROUNDS];
        double[][] o = new double[2][ROUNDS];
        double[] ratio = new double[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            Work oursNow = ours.prepare();
            if (i % 2 == 0) {
                measure(base, b, i);
                measure(oursNow, o, i);
            } else {
                measure(oursNow, o, i);
                measure(base, b, i);
            }
            ratio[i] = o[0][i] / b[0][i];
        }
        Timing baseT = median(b);
        Timing oursT = median(o);
        Arrays.sort(ratio);
        return new Pair(baseT, oursT, oursT.wall() / baseT.wall(), oursT.cpu() / baseT.cpu(), ratio[ROUNDS / 2]);
    }

    private static void measure(Work work, double[][] into, int round) throws Exception {
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        work.run();
        into[0][round] = (System.nanoTime() - start) / 1e6;
        into[1][round] = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e6;
    }

    private static Timing median(double[][] times) {
        for (double[] t : times) {
            Arrays.sort(t);
        }
        return new Timing(times[0][ROUNDS / 2], times[1][ROUNDS / 2]);
    }

    private static Object writeAndForce(Path file, byte[] bytes) throws Exception {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                ch.write(buffer);
            }
            ch.force(true);
        }
        return file;
    }

    /** {@code count} workbooks, each the one before with one persona's note changed, in turn through the list. */
    private static Queue<Workbook> edits(Workbook start, int count) {
        Queue<Workbook> edits = new ArrayDeque<>();
        Workbook current = start;
        for (int i = 0; i < count; i++) {
            Persona p = current.personas().get(i * 37 % current.personas().size());
            current = current.updatePersona(p.id(), q -> q.withNotes(q.notes() + " Bewerking " + edits.size() + "."));
            edits.add(current);
        }
        return edits;
    }

    /** Heap in use once the garbage of loading is collected, with the loaded workbook still held. */
    private static long retainedHeap(WorkbookStore store, Path file) throws Exception {
        Workbook held = store.load(file);
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        if (held.personas().isEmpty()) {
            throw new IllegalStateException("nothing loaded");
        }
        return used;
    }

    /** A large panel's workbook: 1,000 personas with full canvases of realistic Dutch sentences. */
    static Workbook workbook(int personas) {
        Random r = new Random(1000);
        String[] words = ("begeleidt studenten bij een internationale stage en bereidt de stage voor met het "
                + "stagebedrijf zij ontwerpt opdrachten voor internationalisering thuis en organiseert uitwisselingen "
                + "met partnerscholen in Europa communiceert met ouders en collega's over de voortgang").split(" ");
        List<CoreActivity> activities = List.of(
                new CoreActivity("a1", "A1", "Internationale stage", ActivityGroup.MOBILITY),
                new CoreActivity("a2", "A2", "Internationalisering thuis", ActivityGroup.AT_HOME));
        List<Persona> list = new ArrayList<>();
        Instant created = Instant.parse("2026-01-15T09:00:00Z");
        for (int p = 0; p < personas; p++) {
            Map<Quadrant, List<Entry>> quadrants = new EnumMap<>(Quadrant.class);
            for (Quadrant q : Quadrant.values()) {
                List<Entry> entries = new ArrayList<>();
                for (int e = 0; e < 4 + r.nextInt(5); e++) {
                    entries.add(new Entry("p" + p + "-" + q.ordinal() + "-" + e, sentence(r, words, 8 + r.nextInt(14)),
                            List.of(), r.nextInt(4) == 0 ? sentence(r, words, 6) : ""));
                }
                quadrants.put(q, entries);
            }
            list.add(new Persona("p" + p, "Docent " + p, sentence(r, words, 12), activities.get(p % 2).id(),
                    List.of("Panel " + (p % 15)), null, sentence(r, words, 20), created, created.plusSeconds(p),
                    Canvas.of(quadrants)));
        }
        return new Workbook("Schaalcollege", "Regio", "Team", sentence(r, words, 40), List.of(), activities, list, null);
    }

    private static String sentence(Random r, String[] words, int length) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            sb.append(i == 0 ? "" : " ").append(words[r.nextInt(words.length)]);
        }
        return sb.append('.').toString();
    }
}
