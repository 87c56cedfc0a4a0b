package nl.personacanvas.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import nl.personacanvas.merge.WorkbookMerger;
import nl.personacanvas.model.Workbook;
import org.junit.jupiter.api.Test;

/**
 * Session 24, a coordinator's day: five panel files imported into one workbook keep each team, marked with its file,
 * and every poster printed "ROC Rivierenland · Panel Zorg [uit panel-techniek.pcanvas: Panel Techniek]" under its
 * headline without a word at export. The export now says, once, which marked text it printed.
 */
class MergeMarksTest {
    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private static List<ExportWarning> warnings(Workbook workbook) throws Exception {
        try (RenderedPdf pdf = new PosterExporter(FontLibrary.bundled()).render(workbook, workbook.personas(),
                PosterOptions.defaults(PosterFixtures.DATE), CheckSummaries.none(), ExportMonitor.none())) {
            return pdf.result().warnings();
        }
    }

    @Test
    void postersOfAMergedWorkbookSayOnceThatTheTeamStillHoldsBothVersions() throws Exception {
        Workbook zorg = PosterFixtures.workbook(PosterFixtures.laura()).withTeam("Panel Zorg");
        Workbook techniek = PosterFixtures.workbook(PosterFixtures.mehmet()).withTeam("Panel Techniek");
        Workbook merged = new WorkbookMerger(DUTCH).mergeKeepingBoth(zorg, techniek, "panel-techniek.pcanvas")
                .workbook();
        assertThat(merged.personas()).hasSize(2);
        assertThat(merged.team()).contains("[uit panel-techniek.pcanvas: Panel Techniek]");

        List<ExportWarning> marks = warnings(merged).stream()
                .filter(w -> w.kind() == ExportWarning.Kind.MERGE_MARK).toList();
        assertThat(marks).as("one warning for the team line all posters print").hasSize(1);
        assertThat(marks.get(0).describe(DUTCH)).contains("[uit panel-techniek.pcanvas: Panel Techniek]",
                "beide versies bewaard", "Kies welke blijft").startsWith("onder de kop van elke poster: ");
        assertThat(marks.get(0).personaId()).as("about every poster, not the first persona's").isEmpty();
        assertThat(marks.get(0).describe(Locale.ENGLISH)).contains("merging kept both versions");
    }

    @Test
    void aWorkbookWithoutMarksAndBracketsOfItsOwnGetsNoSuchWarning() throws Exception {
        Workbook own = PosterFixtures.workbook(PosterFixtures.laura()).withTeam("Panel Zorg [BOL en BBL]");
        assertThat(warnings(own)).noneMatch(w -> w.kind() == ExportWarning.Kind.MERGE_MARK);
    }
}
