package nl.personacanvas.ui.export;

import java.util.List;
import java.util.Map;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Workbook;
import nl.personacanvas.pdf.PosterFooter;

/**
 * Where the check summaries in the posters' footers and the report's coverage table come from. The
 * check engine plugs in here; until then {@link #none()} leaves footers with only the date.
 * Called off the FX thread, once per export.
 */
@FunctionalInterface
public interface FooterSummaries {

    /** Summaries by persona id; personas without one get no coverage line. */
    Map<String, PosterFooter> summarise(Workbook workbook, List<Persona> personas);

    static FooterSummaries none() {
        return (workbook, personas) -> Map.of();
    }
}
