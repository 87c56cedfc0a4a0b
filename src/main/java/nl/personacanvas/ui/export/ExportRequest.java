package nl.personacanvas.ui.export;

import java.util.List;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Workbook;
import nl.personacanvas.pdf.PosterOptions;

/**
 * One export or preview, fixed when the user starts it: later edits to the workbook do not change a
 * running export.
 *
 * @param report        the workbook report instead of posters only
 * @param onePerPersona one file per persona in a folder instead of one file
 */
public record ExportRequest(Workbook workbook, List<Persona> personas, PosterOptions options, boolean report,
                            boolean onePerPersona) {

    public ExportRequest {
        personas = List.copyOf(personas);
    }
}
