package nl.personacanvas.ui.export;

import java.util.Optional;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Workbook;
import nl.personacanvas.pdf.PaperSize;

/**
 * Names an export from the choices made: the export's (and print job's) name, the paper as a file name says it,
 * and the file name that joins the two. Kept apart from {@link ExportOptionsViewModel}, which holds the choices,
 * because naming is a job of its own that needs none of the properties, only their values.
 */
final class ExportNames {
    private final ExportTexts texts;

    ExportNames(ExportTexts texts) {
        this.texts = texts;
    }

    /** The export's name (the print job's too): the persona, or the school's posters or report. */
    String name(Workbook wb, ExportScope scope, Optional<Persona> current) {
        String school = wb.school().isBlank() ? texts.get("name.workbook") : wb.school();
        return switch (scope) {
            case CURRENT -> current.map(Persona::name).orElse(school);
            case REPORT -> texts.get("name.report", school);
            default -> texts.get("name.posters", school);
        };
    }

    /**
     * A file name for the export without extension: its name with the paper ("Posters Alfa-college A2 liggend in
     * A4-tegels"). A coordinator prints the same posters as A4 handouts and as A2 for the wall; both were offered
     * the same name (session 16's review). A report on A4 portrait keeps its name.
     */
    String fileName(Workbook wb, ExportScope scope, Optional<Persona> current, PaperSize size, boolean landscape,
                    boolean tiled, PaperSize tileSheet) {
        boolean plain = size == PaperSize.A4 && !landscape;
        return scope == ExportScope.REPORT && plain ? name(wb, scope, current)
                : name(wb, scope, current) + " " + paper(size, landscape, tiled, tileSheet);
    }

    /** "A2", "A3 liggend", "A2 in A4-tegels": the paper as a file name says it. */
    String paper(PaperSize size, boolean landscape, boolean tiled, PaperSize tileSheet) {
        String paper = size == PaperSize.LETTER ? "Letter" : size.name();
        if (landscape) {
            paper = texts.get("name.landscape", paper);
        }
        return tiled ? texts.get("name.tiled", paper, tileSheet.name()) : paper;
    }
}
