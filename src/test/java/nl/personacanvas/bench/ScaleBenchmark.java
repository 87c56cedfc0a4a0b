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
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
 * the same process, warmed up, median of several rounds; then the heap a loaded workbook keeps.
 * Run: {@code mvn -B -o -Pbench-scale -DskipTests test} (results in docs/benchmarks.md).
 */
public final class ScaleBenchmark {
    private static final int PERSONAS = 1_000;
    private static final int WARM_UP = 5;
    private static final int ROUNDS = 11;
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

        Timing tree = median(() -> jackson.readTree(Files.readAllBytes(file)));
        Timing open = median(() -> store.load(file));
        Workbook loaded = store.load(file);
        Timing write = median(() -> writeAndForce(plain, bytes));
        Timing save = median(() -> store.save(loaded, file));
        FileFingerprint[] current = {store.save(loaded, file)};
        Timing saveOver = median(() -> current[0] = store.saveOver(loaded, file, current[0]));
        long heap = retainedHeap(store, file);

        System.out.printf("workbook: %d personas, %d entries, %.1f MB%n", loaded.personas().size(),
                loaded.personas().stream().mapToInt(p -> p.canvas().size()).sum(), bytes.length / 1e6);
        System.out.printf("open: %s   Jackson readTree: %s   ratio %.2f wall, %.2f CPU (target <= 2)%n", open, tree,
                open.wall() / tree.wall(), open.cpu() / tree.cpu());
        System.out.printf("save: %s   write + fsync:    %s   ratio %.2f wall (target <= 2)%n", save, write,
                save.wall() / write.wall());
        System.out.printf("save as the app does (checking the file on disk first): %s   ratio %.2f wall%n", saveOver,
                saveOver.wall() / write.wall());
        System.out.printf("heap in use with the workbook open (after GC): %d MB (target < 200)%n", heap >> 20);
    }

    private interface Work {
        Object run() throws Exception;
    }

    /**
     * Median wall-clock and CPU time in milliseconds. CPU time is what a shared machine cannot distort;
     * wall time is what counts where the disk is waited for (fsync).
     */
    private record Timing(double wall, double cpu) {
        @Override
        public String toString() {
            return String.format("%7.1f ms (CPU %7.1f ms)", wall, cpu);
        }
    }

    private static Timing median(Work work) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            work.run();
        }
        double[] wall = new double[ROUNDS];
        double[] cpu = new double[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            work.run();
            wall[i] = (System.nanoTime() - start) / 1e6;
            cpu[i] = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e6;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        return new Timing(wall[ROUNDS / 2], cpu[ROUNDS / 2]);
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
