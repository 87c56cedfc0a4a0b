package nl.personacanvas.pdf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Workbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Writes the session-27 wall posters to {@code -Dwall.out=DIR} to look at; skipped without it. */
class WallWalkRenderTest {
    @Test
    void writeEveryCase() throws Exception {
        String out = System.getProperty("wall.out");
        Assumptions.assumeTrue(out != null);
        Path dir = Files.createDirectories(Path.of(out));
        FontLibrary fonts = FontLibrary.bundled();
        List<Persona> personas = List.of(WallPosterFixtures.five(), WallPosterFixtures.forty(),
                WallPosterFixtures.hundredTwenty(), WallPosterFixtures.oneCrowded());
        for (Persona p : personas) {
            Workbook wb = PosterFixtures.workbook(p);
            for (PaperSize size : List.of(PaperSize.A4, PaperSize.A3, PaperSize.A2)) {
                for (boolean landscape : List.of(false, true)) {
                    PosterOptions options = PosterOptions.defaults(PosterFixtures.DATE).withSize(size)
                            .withLandscape(landscape);
                    new PosterExporter(fonts).write(wb, wb.personas(), options,
                            new CheckSummaries(java.util.Map.of(p.id(), PosterFixtures.footer()), List.of()),
                            dir.resolve(p.id() + "-" + size + (landscape ? "L" : "P") + ".pdf"), ExportMonitor.none());
                }
            }
        }
    }
}
