package nl.personacanvas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.personacanvas.io.WorkbookCodec;
import nl.personacanvas.io.WorkbookStore;
import nl.personacanvas.model.ActivityGroup;
import nl.personacanvas.model.Canvas;
import nl.personacanvas.model.CoreActivity;
import nl.personacanvas.model.Entry;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Quadrant;
import nl.personacanvas.model.Workbook;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTest {
    private static final Instant T0 = Instant.parse("2024-03-12T09:30:00Z");

    @TempDir
    Path dir;

    private Path file;

    @BeforeEach
    void createWorkbook() throws Exception {
        Persona laura = new Persona("p-laura", "Laura", "", "A4", List.of(), null, "", T0, T0, Canvas.of(Map.of(
                Quadrant.DESIGN, List.of(new Entry("e-l1", "Ontwerpt opdrachten over het gastland", List.of("A4.design.1"), "")),
                Quadrant.ATTITUDE, List.of(new Entry("e-l2", "Flexibel", List.of("H.1"), "")))));
        Persona joost = new Persona("p-joost", "Joost", "", "A4", List.of(), null, "", T0, T0, Canvas.of(Map.of(
                Quadrant.DESIGN, List.of(new Entry("e-j1", "Maakt stageopdrachten", List.of("A4.design.1"), "")),
                Quadrant.ORGANISE, List.of(new Entry("e-j2", "Onderhoudt een netwerk", List.of("A4.organise.1"), "")))));
        Workbook wb = Workbook.empty()
                .withActivities(List.of(new CoreActivity("A4", "A4", "Stages in het buitenland", ActivityGroup.MOBILITY)))
                .addPersona(laura).addPersona(joost);
        file = dir.resolve("alfa.pcanvas");
        new WorkbookStore(new WorkbookCodec()).save(wb, file);
    }

    private static CliRun compare(String... args) {
        return CliRun.english(Stream.concat(Stream.of("compare"), Stream.of(args)).toArray(String[]::new));
    }

    @Test
    void printsTheQuadrantsTwinsAndCoverageTable() {
        CliRun run = compare(file.toString(), "--persona", "p-laura", "--persona", "Joost");

        assertThat(run.exitCode()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("Comparison: Laura (A4 Stages in het buitenland) | Joost (A4 Stages in het buitenland)");
        assertThat(lines).containsSubsequence("== Design & Develop ==", "[1] Laura",
                "    - Ontwerpt opdrachten over het gastland  {Design 1, Design 2*, Design 4*, ~1}", "[2] Joost",
                "    - Maakt stageopdrachten  {Design 1, ~1}");
        assertThat(lines).containsSubsequence("== Organise & Communicate ==", "[1] Laura", "    (none)");
        // Elements are named as the app names them; their ids are the files'.
        assertThat(run.out()).contains("  ~1 Design 1 ").doesNotContain("A4.design.1");
        assertThat(lines).anyMatch(l -> l.matches("Design 1 +L +L +\\S.*"))
                .anyMatch(l -> l.matches("Organise 1 +- +L +\u2260 .*"))
                .anyMatch(l -> l.matches("flexibel +L +- +\u2260"))
                .anyMatch(l -> l.matches("Design 2 +A +- +\u2260 .*"));
    }

    @Test
    void unknownPersonaOrWrongCountIsWrongUsage() {
        CliRun unknown = compare(file.toString(), "--persona", "p-laura", "--persona", "p-nobody");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("no persona \"p-nobody\"", "p-joost (Joost)");

        assertThat(compare(file.toString(), "--persona", "p-laura").exitCode()).isEqualTo(2);
        assertThat(compare(file.toString()).exitCode()).isEqualTo(2);
    }

    @Test
    void writesTheComparisonAsAnA3LandscapePdf() throws Exception {
        Path out = dir.resolve("vergelijking.pdf");

        CliRun run = compare(file.toString(), "--persona", "p-laura", "--persona", "Joost", "--pdf", out.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Comparison: Laura", "Written: " + out + " (1 page, 2 personas)");
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isGreaterThan(pdf.getPage(0).getMediaBox().getHeight());
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Laura", "Joost", "Design & Develop", "Deliver & Guide",
                    "Organise & Communicate", "Attitude", "Ontwerpt opdrachten over het gastland",
                    "Maakt stageopdrachten", "Onderhoudt een netwerk", "Flexibel",
                    "Missing here, covered by another: Organise 1 (Organiseren en plannen)");
            assertThat(text.indexOf("Ontwerpt opdrachten")).isLessThan(text.indexOf("Maakt stageopdrachten"));
        }
    }

    @Test
    void pdfThatCannotBeWrittenExitsOne() {
        Path out = file.resolve("vergelijking.pdf");

        CliRun run = compare(file.toString(), "--persona", "p-laura", "--persona", "p-joost", "--pdf", out.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith(out + ": cannot write the PDF").doesNotContain("\tat ");
    }

    @Test
    void badFileExitsOne() throws Exception {
        Path bad = dir.resolve("bad.pcanvas");
        Files.writeString(bad, "[]");

        CliRun run = compare(bad.toString(), "--persona", "a", "--persona", "b");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith(bad + ":").doesNotContain("\tat ");
    }

    @Test
    void speaksDutch() {
        CliRun run = CliRun.dutch("compare", file.toString(),
                "--persona", "p-laura", "--persona", "p-joost");

        assertThat(run.out()).startsWith("Vergelijking: Laura").contains("== Ontwerpen & Ontwikkelen ==", "Tweelingen");
    }

    @Test
    void writesTheDutchPdfAndSaysSoInDutch() throws Exception {
        Path out = dir.resolve("vergelijking.pdf");

        CliRun run = CliRun.dutch("compare", file.toString(), "--persona", "p-laura", "--persona", "p-joost",
                "--pdf", out.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Geschreven: " + out + " (1 pagina, 2 persona's)");
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Persona's naast elkaar – alfa.pcanvas",
                    "Ontwerpen & Ontwikkelen", "Ontbreekt hier, wel bij een ander: Organiseren 1 (Organiseren en plannen)");
        }
    }
}
