package nl.personacanvas.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.personacanvas.model.Workbook;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.Test;

class WorkbookReportTest {

    @Test
    void coverPostersAndCoverageSummaryInOrderWithBookmarks() throws Exception {
        Workbook wb = PosterFixtures.workbook(PosterFixtures.laura(), PosterFixtures.mehmet());
        Map<String, PosterFooter> summaries = Map.of("p-laura", PosterFixtures.footer());
        try (RenderedPdf pdf = new WorkbookReport(FontLibrary.bundled())
                .render(wb, wb.personas(), PosterOptions.defaults(PosterFixtures.DATE), summaries, ExportMonitor.none())) {
            String text = PdfInspection.flattened(PdfInspection.text(pdf.document()));
            PosterExporterTest.assertInOrder(text, List.of("Werkboek Alfa-college", "Regio: Noord en Oost Nederland",
                    "Werkdefinitie van internationalisering", wb.definition(), "Uitgangspunten", "Voor alle studenten",
                    "We benutten de diversiteit in onze eigen klassen.", "Samen met het werkveld", "Kernactiviteiten",
                    "Internationalisation at Home",
                    "A1 – Zorgen dat studenten leren van de diverse culturele perspectieven binnen de school",
                    "Inkomend bezoek van collega's en studenten van internationale partnerscholen inzetten in het onderwijs (eigen activiteit)",
                    "Mobiliteit", "A4 – Internationale en interculturele dimensies integreren in stages in het buitenland",
                    PosterFixtures.laura().headline(), PosterFixtures.mehmet().headline(),
                    "Dekking per persona", "Persona", "Kernactiviteit", "Laura A4 2/3 3/3 2/4 3/3 3/10"));
            assertThat(text).doesNotContain("Mehmet A1");
            List<String> bookmarks = new ArrayList<>();
            for (PDOutlineItem item : pdf.document().getDocumentCatalog().getDocumentOutline().children()) {
                bookmarks.add(item.getTitle());
            }
            assertThat(bookmarks).containsExactly("Voorblad", PosterFixtures.laura().headline(),
                    PosterFixtures.mehmet().headline(), "Dekking per persona");
            assertThat(pdf.document().getDocumentInformation().getTitle()).isEqualTo("Werkboek – Alfa-college");
            assertThat(pdf.document().getDocumentCatalog().getLanguage()).isEqualTo("nl-NL");
            assertThat(PdfInspection.fonts(pdf.document())).allSatisfy(f -> assertThat(f.isEmbedded()).isTrue());
        }
    }
}
