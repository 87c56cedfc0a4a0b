package nl.personacanvas.pdf;

import java.io.IOException;
import java.io.InputStream;
import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import nl.personacanvas.model.Entry;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Quadrant;
import nl.personacanvas.model.Workbook;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Poster export benchmark (not a unit test): {@code mvn -B -o -Pbench -DskipTests test}.
 *
 * <p>Exports 100 posters into one A4 PDF with {@link PosterExporter} and, in the same run, a baseline
 * that writes the same strings on the same page size with bare PDFBox calls and the same embedded,
 * subset fonts (no measuring, wrapping, fitting or fallbacks: one line per string). Reports the median
 * time per page of each over several alternating rounds and their ratio, then the peak heap (raw and
 * live) while exporting 100 and 1,000 posters and the heap the open document holds per extra page.
 */
public final class PosterBenchmark {
    private static final int POSTERS = 100;
    private static final int ROUNDS = 5;

    private PosterBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        FontLibrary fonts = FontLibrary.bundled();
        PosterExporter exporter = new PosterExporter(fonts);
        Path out = Files.createTempFile("poster-bench", ".pdf");
        try {
            Workbook wb = workbook(POSTERS);
            PosterOptions options = PosterOptions.defaults(PosterFixtures.DATE);
            CheckSummaries summaries = summaries(wb);
            for (int i = 0; i < 2; i++) {
                exporter.write(wb, wb.personas(), options, summaries, out, ExportMonitor.none());
                baseline(wb, out);
            }
            double[] ours = new double[ROUNDS];
            double[] base = new double[ROUNDS];
            int ourPages = 0;
            int basePages = 0;
            for (int r = 0; r < ROUNDS; r++) {
                long t0 = System.nanoTime();
                ourPages = exporter.write(wb, wb.personas(), options, summaries, out, ExportMonitor.none()).pages();
                long t1 = System.nanoTime();
                basePages = baseline(wb, out);
                long t2 = System.nanoTime();
                ours[r] = (t1 - t0) / 1e6 / ourPages;
                base[r] = (t2 - t1) / 1e6 / basePages;
            }
            double ourMedian = median(ours);
            double baseMedian = median(base);
            System.out.printf("posters: %d, pages: ours %d, baseline %d%n", POSTERS, ourPages, basePages);
            System.out.printf("per page (median of %d rounds): ours %.2f ms, baseline %.2f ms, ratio %.2f (limit 2.00)%n",
                    ROUNDS, ourMedian, baseMedian, ourMedian / baseMedian);
            LiveHeap live = new LiveHeap();
            long[] held = new long[2];
            int[] counts = {100, 1000};
            for (int i = 0; i < counts.length; i++) {
                int count = counts[i];
                Workbook big = workbook(count);
                CheckSummaries bigSummaries = summaries(big);
                System.gc();
                ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
                live.reset();
                long start = System.nanoTime();
                int pages;
                try (RenderedPdf pdf = exporter.render(big, big.personas(), options, bigSummaries, ExportMonitor.none())) {
                    System.gc();
                    held[i] = usedHeap();
                    pdf.document().save(out.toFile());
                    pages = pdf.document().getNumberOfPages();
                }
                long ms = (System.nanoTime() - start) / 1_000_000;
                System.out.printf("%5d posters: %d pages, %d ms, file %.1f MB, peak heap %.1f MB, peak live heap "
                                + "(after any GC) %.1f MB, heap held by the open document after GC %.1f MB "
                                + "(max heap %.0f MB)%n",
                        count, pages, ms, Files.size(out) / 1e6, peakHeap() / 1e6, live.peak() / 1e6,
                        held[i] / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
            }
            System.out.printf("heap held per extra page (1,000 vs 100): %.1f KB%n",
                    (held[1] - held[0]) / 1e3 / (counts[1] - counts[0]));
        } finally {
            Files.deleteIfExists(out);
        }
    }

    /** The same strings, one line each, with bare PDFBox calls: the cost floor of writing them at all. */
    private static int baseline(Workbook wb, Path out) throws IOException {
        try (PDDocument doc = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
            PDType0Font regular = load(doc, "NotoSans-Regular.ttf");
            PDType0Font bold = load(doc, "NotoSans-Bold.ttf");
            for (Persona p : wb.personas()) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(bold, 20);
                    cs.newLineAtOffset(30, 800);
                    cs.showText(p.headline() + " Zij …");
                    cs.setFont(regular, 9);
                    cs.newLineAtOffset(0, -20);
                    cs.showText(wb.activityOf(p).map(a -> "Kernactiviteit: " + a.matrixId() + " · " + a.name()).orElse(""));
                    cs.newLineAtOffset(0, -12);
                    cs.showText(wb.school() + " · " + wb.team());
                    for (Quadrant q : Quadrant.values()) {
                        cs.setFont(bold, 12);
                        cs.newLineAtOffset(0, -16);
                        cs.showText(q.key());
                        cs.setFont(regular, 9);
                        for (Entry e : p.canvas().entries(q)) {
                            cs.newLineAtOffset(0, -11);
                            cs.showText("• " + e.text());
                        }
                    }
                    cs.newLineAtOffset(0, -16);
                    cs.showText("Dekking: Ontwerpen & Ontwikkelen 2/3 · Uitvoeren & Begeleiden 3/3 · "
                            + "Organiseren & Communiceren 2/4 · Houding 3/3");
                    cs.newLineAtOffset(0, -11);
                    cs.showText("Houdingen: 3 van 10 aanwezig (benaderbaar, daadkrachtig, verbindend)");
                    cs.newLineAtOffset(0, -11);
                    cs.showText("Afgedrukt op 12 maart 2026");
                    cs.endText();
                }
            }
            doc.save(out.toFile());
            return doc.getNumberOfPages();
        }
    }

    private static PDType0Font load(PDDocument doc, String file) throws IOException {
        try (InputStream in = PosterBenchmark.class.getResourceAsStream("/nl/personacanvas/pdf/fonts/" + file)) {
            return PDType0Font.load(doc, in, true);
        }
    }

    /** {@code count} personas cycling through realistic canvases, each with its own name. */
    private static Workbook workbook(int count) {
        List<Persona> templates = List.of(PosterFixtures.laura(), PosterFixtures.mehmet());
        String[] names = {"Laura", "Mehmet", "Sanne", "Joost", "Fatima", "Pieter", "Anouk", "Bram", "Yara", "Daan"};
        List<Persona> personas = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Persona t = templates.get(i % templates.size());
            personas.add(new Persona("p-" + i, names[i % names.length] + " " + (i + 1), t.role(), t.activityId(),
                    t.authors(), null, "", t.created(), t.modified(), t.canvas()));
        }
        return PosterFixtures.workbook(personas.toArray(Persona[]::new));
    }

    /** The fixture's footer summary for every persona, as a checked workbook would print. */
    private static CheckSummaries summaries(Workbook wb) {
        Map<String, PosterFooter> footers = new HashMap<>();
        wb.personas().forEach(p -> footers.put(p.id(), PosterFixtures.footer()));
        return new CheckSummaries(footers, List.of());
    }

    /**
     * The most heap in use right after any garbage collection while it listens: the live set's peak, which
     * unlike the raw peak does not depend on how far the collector lets garbage pile up first.
     */
    private static final class LiveHeap implements NotificationListener {
        private final AtomicLong peak = new AtomicLong();

        LiveHeap() {
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                ((NotificationEmitter) gc).addNotificationListener(this, null, null);
            }
        }

        @Override
        public void handleNotification(Notification notification, Object handback) {
            if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                return;
            }
            GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
                    (CompositeData) notification.getUserData());
            long used = info.getGcInfo().getMemoryUsageAfterGc().values().stream().mapToLong(MemoryUsage::getUsed).sum();
            peak.accumulateAndGet(used, Math::max);
        }

        void reset() {
            peak.set(0);
        }

        long peak() {
            return peak.get();
        }
    }

    private static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
