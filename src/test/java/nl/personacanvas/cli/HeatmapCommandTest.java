package nl.personacanvas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
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

/** Session 25 (rob25): the coverage window's heatmap PDF from the command line (only the window wrote it). */
class HeatmapCommandTest {
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
                Quadrant.ORGANISE, List.of(new Entry("e-j2", "Onderhoudt een netwerk", List.of("A4.organise.1"), "")))));
        Workbook wb = Workbook.empty().withSchool("Alfa-college")
                .withActivities(List.of(new CoreActivity("A4", "A4", "Stages in het buitenland", ActivityGroup.MOBILITY)))
                .addPersona(laura).addPersona(joost);
        file = dir.resolve("alfa.pcanvas");
        new WorkbookStore(new WorkbookCodec()).save(wb, file);
    }

    @Test
    void writesTheHeatmapPdfInEnglishAndInDutch() throws Exception {
        Path english = dir.resolve("coverage.pdf");
        CliRun run = CliRun.english("heatmap", file.toString(), "--activity", "A4", "--pdf", english.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Written: " + english);
        try (PDDocument pdf = Loader.loadPDF(english.toFile())) {
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).as("landscape")
                    .isGreaterThan(pdf.getPage(0).getMediaBox().getHeight());
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Laura", "Joost", "Stages in het buitenland");
        }

        Path dutch = dir.resolve("dekking.pdf");
        CliRun nl = CliRun.dutch("heatmap", file.toString(), "--pdf", dutch.toString());
        assertThat(nl.exitCode()).as(nl.err()).isZero();
        assertThat(nl.out()).contains("Geschreven: " + dutch);
        try (PDDocument pdf = Loader.loadPDF(dutch.toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Dekking van de matrix", "Laura", "Joost");
        }
    }

    @Test
    void anActivityTheWorkbookLacksIsWrongUsageAndNamesThoseItHas() {
        CliRun run = CliRun.english("heatmap", file.toString(), "--activity", "A2", "--pdf",
                dir.resolve("x.pdf").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("No core activity A2", "there are: A4");
    }
}
