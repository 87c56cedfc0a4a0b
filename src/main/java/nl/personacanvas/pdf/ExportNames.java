package nl.personacanvas.pdf;

import java.util.Locale;
import nl.personacanvas.model.CoreActivity;
import nl.personacanvas.model.Workbook;

/**
 * Names an export and its files, for the export dialog and the command line alike: the school's posters or report,
 * the paper as a file name says it, and the file names that join the two. A coordinator prints the same posters as
 * A4 hand-outs and as A2 for the wall; with the paper in the name both can share a folder (session 16's review).
 */
public final class ExportNames {
    private final PdfMessages messages;

    /** Names in English when asked for, in Dutch for every other language. */
    public ExportNames(Locale locale) {
        this.messages = new PdfMessages(locale);
    }

    /** The school, or "werkboek" when the workbook names none. */
    public String workbook(Workbook wb) {
        return wb.school().isBlank() ? messages.get("name.workbook") : wb.school();
    }

    /**
     * The file name, without extension, that Save as suggests: the school made safe by the export's rules (a school
     * called "CON" or "aux." suggested a name Windows refuses), or "werkboek".
     */
    public String workbookFile(Workbook wb) {
        return SafeFileNames.base(wb.school(), messages.get("name.workbook"));
    }

    /** "Posters Alfa-college". */
    public String posters(Workbook wb) {
        return messages.get("name.posters", workbook(wb));
    }

    /** "Werkboekrapport Alfa-college". */
    public String report(Workbook wb) {
        return messages.get("name.report", workbook(wb));
    }

    /**
     * The coverage window's heatmap, named as the posters are ("Posters Alfa-college A3"): "Dekking A4 Alfa-college";
     * its PDF adds the paper, "Dekking A4 Alfa-college A3 liggend". It was "dekking-A4.pdf" (session 24).
     */
    public String heatmap(Workbook wb, CoreActivity activity) {
        return messages.get("name.heatmap", activity.matrixActivity().orElse(activity.name()), workbook(wb));
    }

    /** The heatmap's PDF file name without extension: {@link #heatmap} and the coverage PDFs' paper. */
    public String heatmapPdf(Workbook wb, CoreActivity activity) {
        return heatmap(wb, activity) + " " + coveragePaper();
    }

    /** "A3 liggend": the paper every coverage PDF is drawn on. */
    private String coveragePaper() {
        return messages.get("name.landscape", CoveragePdf.PAPER.name());
    }

    /**
     * The coverage window's team chart: "Teamdekking Alfa-college"; its PDF adds the coverage PDFs' paper,
     * "Teamdekking Alfa-college A3 liggend". It was "teamdekking.pdf", the only export not saying whose (session 26).
     */
    public String team(Workbook wb) {
        return messages.get("name.team", workbook(wb));
    }

    /** The team chart's PDF file name without extension: {@link #team} and the coverage PDFs' paper. */
    public String teamPdf(Workbook wb) {
        return team(wb) + " " + coveragePaper();
    }

    /**
     * A file name without extension for the export called {@code name}: the name with the paper ("Posters
     * Alfa-college A2 liggend in A4-tegels"). A report on A4 portrait keeps its name.
     */
    public String fileName(String name, PosterOptions options, boolean report) {
        boolean plain = options.size() == PaperSize.A4 && !options.landscape();
        return report && plain ? name : name + " " + paper(options);
    }

    /**
     * One persona's file in an export of one file per persona: "Laura A3 liggend.pdf", made safe and unique among
     * the names {@code taken} so far. The paper follows the uniqueness mark ("Laura (2) A4.pdf"), so the persona's
     * name is what sorts the folder.
     */
    public String personaFile(String persona, PosterOptions options, SafeFileNames taken) {
        return taken.next(persona, " " + paper(options) + ".pdf");
    }

    /** "A2", "A3 liggend", "A2 in A4-tegels": the paper as a file name says it. */
    public String paper(PosterOptions options) {
        String paper = options.size() == PaperSize.LETTER ? "Letter" : options.size().name();
        if (options.landscape()) {
            paper = messages.get("name.landscape", paper);
        }
        String untiled = paper;
        return options.tiling().map(sheet -> messages.get("name.tiled", untiled, sheet.name())).orElse(paper);
    }
}
