package nl.personacanvas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import nl.personacanvas.check.CanvasChecker;
import nl.personacanvas.check.CheckReport;
import nl.personacanvas.check.EntryFinding;
import nl.personacanvas.check.QuadrantCoverage;
import nl.personacanvas.io.SampleWorkbooks;
import nl.personacanvas.io.WorkbookCodec;
import nl.personacanvas.matrix.Attitude;
import nl.personacanvas.matrix.CompetencyMatrix;
import nl.personacanvas.matrix.MatrixElement;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Workbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The checker's decisions on the benchmark workbooks and the sample workbooks, pinned as fingerprints
 * taken before the checker was made faster: speed work must not change a single quadrant, flag, element,
 * attitude or coverage figure. On a mismatch the full decision listing is written under target/ to diff.
 */
class CheckerGoldenDecisionsTest {
    private static CanvasChecker checker;
    private static Properties golden;
    private static final WorkbookCodec CODEC = new WorkbookCodec();

    @BeforeAll
    static void load() throws IOException {
        checker = new CanvasChecker(CompetencyMatrix.loadBundled());
        golden = new Properties();
        try (InputStream in = CheckerGoldenDecisionsTest.class.getResourceAsStream("/check/golden-decisions.properties")) {
            golden.load(in);
        }
    }

    @Test
    void sampledBenchmarkWorkbookDecidesAsBefore() throws Exception {
        Workbook workbook = new BenchmarkWorkbooks(BenchmarkWorkbooks.Mode.SAMPLED, 1, new SampleWorkbooks(CODEC))
                .generate(1000, 40);
        assertSameDecisions("bench-sampled", CODEC.read(CODEC.write(workbook)));
    }

    @Test
    void uniqueBenchmarkWorkbookDecidesAsBefore() throws Exception {
        Workbook workbook = new BenchmarkWorkbooks(BenchmarkWorkbooks.Mode.UNIQUE, 1, new SampleWorkbooks(CODEC))
                .generate(200, 40);
        assertSameDecisions("bench-unique", workbook);
    }

    @Test
    void sampleWorkbooksDecideAsBefore() throws Exception {
        SampleWorkbooks samples = new SampleWorkbooks(CODEC);
        Map<String, String> expected = new LinkedHashMap<>();
        Map<String, String> actual = new LinkedHashMap<>();
        for (SampleWorkbooks.Sample sample : samples.list()) {
            String name = "sample-" + sample.id();
            expected.put(name, golden.getProperty(name));
            actual.put(name, fingerprint(name, samples.load(sample)));
        }
        assertThat(actual).isEqualTo(expected);
    }

    private static void assertSameDecisions(String name, Workbook workbook) throws IOException {
        assertThat(fingerprint(name, workbook)).as("decisions on %s (listing in target/golden-%s.txt)", name, name)
                .isEqualTo(golden.getProperty(name));
    }

    private static String fingerprint(String name, Workbook workbook) throws IOException {
        StringBuilder listing = new StringBuilder();
        // A fresh checker per workbook so no cached analysis from another workbook hides a difference.
        CanvasChecker fresh = new CanvasChecker(checker.matrix());
        for (Persona p : workbook.personas()) {
            describe(fresh.check(p, workbook.activityOf(p).orElse(null)), listing);
        }
        Map<String, CheckReport> all = new CanvasChecker(checker.matrix()).checkAll(workbook.personas(),
                p -> workbook.activityOf(p).map(a -> a.matrixId()).orElse(null));
        StringBuilder parallel = new StringBuilder();
        for (Persona p : workbook.personas()) {
            describe(all.get(p.id()), parallel);
        }
        String fingerprint = sha256(listing.toString());
        Path dump = Path.of("target", "golden-" + name + ".txt");
        Files.createDirectories(dump.getParent());
        Files.writeString(dump, listing, StandardCharsets.UTF_8);
        assertThat(sha256(parallel.toString())).as("checkAll agrees with check").isEqualTo(fingerprint);
        return fingerprint;
    }

    private static void describe(CheckReport report, StringBuilder out) {
        // Generated workbooks get fresh random ids, so entries are named by their position in the canvas.
        Map<String, Integer> position = new LinkedHashMap<>();
        report.entries().forEach(f -> position.put(f.entryId(), position.size()));
        out.append("persona ").append(report.matrixActivityId()).append('\n');
        for (EntryFinding f : report.entries()) {
            out.append(position.get(f.entryId())).append(' ').append(f.placed()).append(' ').append(f.bestFit())
                    .append(String.format(Locale.ROOT, " %.9f", f.confidence()))
                    .append(" flags=").append(f.flags().stream().map(Enum::name).sorted().collect(Collectors.joining(",")))
                    .append(" suggested=").append(f.suggested()).append(" twin=").append(f.overlapsWith() == null ? null : position.get(f.overlapsWith()))
                    .append(" elements=").append(f.elements().stream()
                            .map(m -> String.format(Locale.ROOT, "%s:%.9f:%s", m.elementId(), m.confidence(), m.manual()))
                            .collect(Collectors.joining(",")))
                    .append(" attitudes=").append(String.join(",", f.attitudes())).append('\n');
        }
        for (QuadrantCoverage q : report.coverage().quadrants()) {
            out.append("cell ").append(q.quadrant()).append(" covered=").append(ids(q.covered()))
                    .append(" missing=").append(ids(q.missing())).append('\n');
        }
        out.append("attitudes present=").append(names(report.coverage().attitudes().present()))
                .append(" missing=").append(names(report.coverage().attitudes().missing())).append('\n');
        out.append("professional covered=").append(ids(report.coverage().professionalCovered()))
                .append(" missing=").append(ids(report.coverage().professionalMissing())).append('\n');
    }

    private static String ids(java.util.List<MatrixElement> elements) {
        return elements.stream().map(MatrixElement::id).collect(Collectors.joining(","));
    }

    private static String names(java.util.List<Attitude> attitudes) {
        return attitudes.stream().map(Attitude::id).collect(Collectors.joining(","));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
