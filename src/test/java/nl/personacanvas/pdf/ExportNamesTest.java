package nl.personacanvas.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nl.personacanvas.model.Workbook;
import org.junit.jupiter.api.Test;

class ExportNamesTest {
    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private final ExportNames dutch = new ExportNames(DUTCH);
    private final ExportNames english = new ExportNames(Locale.ENGLISH);
    private final PosterOptions a4 = PosterOptions.defaults(LocalDate.of(2026, 11, 30));

    @Test
    void thePaperAsAFileNameSaysIt() {
        assertThat(dutch.paper(a4)).isEqualTo("A4");
        assertThat(dutch.paper(a4.withSize(PaperSize.A3).withLandscape(true))).isEqualTo("A3 liggend");
        assertThat(dutch.paper(a4.withSize(PaperSize.A2).withLandscape(true).withTileSheet(PaperSize.A4)))
                .isEqualTo("A2 liggend in A4-tegels");
        assertThat(dutch.paper(a4.withSize(PaperSize.LETTER))).isEqualTo("Letter");
        assertThat(english.paper(a4.withSize(PaperSize.A1).withLandscape(true).withTileSheet(PaperSize.A3)))
                .isEqualTo("A1 landscape tiled on A3");
    }

    @Test
    void aReportOnA4PortraitKeepsItsNameEveryOtherExportSaysThePaper() {
        Workbook wb = new Workbook("Alfa-college", "", "", "", List.of(), List.of(), List.of(), null);
        assertThat(dutch.fileName(dutch.report(wb), a4, true)).isEqualTo("Werkboekrapport Alfa-college");
        assertThat(dutch.fileName(dutch.report(wb), a4.withLandscape(true), true))
                .isEqualTo("Werkboekrapport Alfa-college A4 liggend");
        assertThat(dutch.fileName(dutch.posters(wb), a4, false)).isEqualTo("Posters Alfa-college A4");
        assertThat(english.fileName(english.report(wb), a4.withSize(PaperSize.A3), true))
                .isEqualTo("Workbook report Alfa-college A3");
        Workbook unnamed = new Workbook("", "", "", "", List.of(), List.of(), List.of(), null);
        assertThat(dutch.posters(unnamed)).isEqualTo("Posters werkboek");
    }

    @Test
    void personaFilesAreSafeAndUniqueWithThePaperLast() {
        SafeFileNames taken = new SafeFileNames();
        PosterOptions a3 = a4.withSize(PaperSize.A3).withLandscape(true);
        assertThat(dutch.personaFile("Laura", a3, taken)).isEqualTo("Laura A3 liggend.pdf");
        assertThat(dutch.personaFile("laura", a3, taken)).isEqualTo("laura (2) A3 liggend.pdf");
        assertThat(dutch.personaFile("a/b", a3, taken)).isEqualTo("a_b A3 liggend.pdf");
    }

    /** Session 18 (rob18b): Save as suggested "CON.pcanvas" for a school called CON, a name Windows refuses. */
    @Test
    void theWorkbooksFileNameIsTheSchoolMadeSafeByTheExportsRules() {
        assertThat(dutch.workbookFile(school("Alfa-college"))).isEqualTo("Alfa-college");
        assertThat(dutch.workbookFile(school("CON"))).isEqualTo("_CON");
        assertThat(dutch.workbookFile(school("aux."))).isEqualTo("_aux");
        assertThat(dutch.workbookFile(school("Lpt1 "))).isEqualTo("_Lpt1");
        assertThat(dutch.workbookFile(school("ROC Midden/Noord: Zorg?"))).isEqualTo("ROC Midden_Noord_ Zorg_");
        assertThat(dutch.workbookFile(school("  ...  "))).isEqualTo("werkboek");
        assertThat(dutch.workbookFile(school(""))).isEqualTo("werkboek");
        assertThat(english.workbookFile(school(""))).isEqualTo("workbook");
    }

    /**
     * Session 25 (rob25): the heatmap's PDF was offered as "dekking-A4.pdf" while the posters are "Posters Alfa-college
     * A3.pdf"; it now says what, whose and on which paper, as they do.
     */
    @Test
    void theHeatmapIsNamedAsThePostersAre() {
        nl.personacanvas.model.CoreActivity stages = new nl.personacanvas.model.CoreActivity("a-1", "A4",
                "Stages in het buitenland", nl.personacanvas.model.ActivityGroup.MOBILITY);
        assertThat(dutch.heatmapPdf(school("Alfa-college"), stages)).isEqualTo("Dekking A4 Alfa-college A3 liggend");
        assertThat(dutch.heatmap(school("Alfa-college"), stages)).isEqualTo("Dekking A4 Alfa-college");
        assertThat(english.heatmapPdf(school(""), stages)).isEqualTo("Coverage A4 workbook A3 landscape");
    }

    /** Session 26: the team chart was "teamdekking.pdf" from the window, the one name not saying whose. */
    @Test
    void theTeamChartIsNamedAsTheHeatmapIs() {
        assertThat(dutch.teamPdf(school("Alfa-college"))).isEqualTo("Teamdekking Alfa-college A3 liggend");
        assertThat(dutch.team(school("Alfa-college"))).isEqualTo("Teamdekking Alfa-college");
        assertThat(english.teamPdf(school(""))).isEqualTo("Team coverage workbook A3 landscape");
    }

    private static Workbook school(String name) {
        return Workbook.empty().withSchool(name);
    }
}
