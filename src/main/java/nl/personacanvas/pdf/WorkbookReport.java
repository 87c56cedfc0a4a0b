package nl.personacanvas.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.personacanvas.model.ActivityGroup;
import nl.personacanvas.model.CoreActivity;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.PrincipleTheme;
import nl.personacanvas.model.Quadrant;
import nl.personacanvas.model.Workbook;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The workbook report: a cover with the school's working definition, principles and core activities
 * (as the study's Tabel 2 lists them per school), the persona posters, and the coverage of all personas
 * against the matrix from the check summaries the caller passes in: per persona the coverage per
 * quadrant and the attitudes present, per core activity what no persona covers.
 */
public final class WorkbookReport {
    private static final List<Quadrant> CELL_QUADRANTS = List.of(Quadrant.DESIGN, Quadrant.DELIVER, Quadrant.ORGANISE);
    /** Persona, activity, three quadrants (each wide enough for "Communiceren" and "Communicating" in bold), attitudes. */
    static final float[] PERSONA_COLUMNS = {0.12f, 0.145f, 0.162f, 0.162f, 0.162f, 0.249f};
    /** A persona's name takes at most four lines of its narrow column; its poster in the report names it whole. */
    static final int[] PERSONA_COLUMN_LINES = {4, 0, 0, 0, 0, 0};
    /** The first column holds names, read left to right as on the posters. */
    private static final boolean[] PERSONA_COLUMN_NAMES = {true, false, false, false, false, false};
    /** Wide enough for "Organiseren & Communiceren" on one line. */
    private static final float[] GAP_COLUMNS = {0.31f, 0.69f};

    private final ExportDocuments documents;

    public WorkbookReport(FontLibrary fonts) {
        this.documents = new ExportDocuments(fonts);
    }

    public RenderedPdf render(Workbook workbook, List<Persona> personas, PosterOptions options,
                              CheckSummaries summaries, ExportMonitor monitor) throws IOException {
        // A tile sheet's margin holds its crop marks and its own label, not the page footer: tiled posters keep
        // their date.
        boolean datedPages = options.tileSheet() == null;
        return documents.build(options, personas.size(), datedPages, (document, posters) -> {
            PdfMessages messages = posters.messages();
            PaperSize textSize = options.tiling().orElse(options.size());
            PDRectangle page = textSize.rectangle(options.tileSheet() == null && options.landscape());

            FlowWriter cover = new FlowWriter(document, posters.fonts(), documents.type(), page, textSize.scale());
            writeCover(cover, workbook, personas.size(), messages);
            String coverName = messages.get("report.bookmark.cover");
            coverTexts(workbook).forEach(text -> posters.lookAtRepeatedText(coverName, text));
            PdfDocuments.bookmark(document, messages.get("report.bookmark.cover"), cover.finish().get(0));

            List<PDPage> posterPages = PosterExporter.addPosters(document, posters, workbook, personas, summaries,
                    monitor, 0, personas.size());

            FlowWriter summary = new FlowWriter(document, posters.fonts(), documents.type(), page, textSize.scale());
            writeSummary(summary, workbook, personas, summaries, messages);
            PdfDocuments.bookmark(document, messages.get("report.bookmark.summary"), summary.finish().get(0));
            // A tile sheet's margin holds its crop marks and its own label; it is counted but not stamped.
            Set<PDPage> tileSheets = options.tileSheet() == null ? Set.of() : Set.copyOf(posterPages);
            new PageFooters(documents.type(), messages).stamp(document, posters.fonts(),
                    messages.printedFor(workbook.school(), options.date()), textSize.scale(), tileSheets);

            PdfDocuments.describe(document, messages.get("meta.reportTitle", workbook.school()),
                    workbook.school(), messages.get("meta.subject"), messages.locale());
        });
    }

    public ExportResult write(Workbook workbook, List<Persona> personas, PosterOptions options,
                              CheckSummaries summaries, Path target, ExportMonitor monitor) throws IOException {
        return ExportDocuments.save(render(workbook, personas, options, summaries, monitor), target);
    }

    private static void writeCover(FlowWriter out, Workbook workbook, int personaCount, PdfMessages messages)
            throws IOException {
        out.heading(messages.get("report.title", workbook.school()), 2.2f);
        if (!workbook.region().isBlank()) {
            out.paragraph(messages.get("report.region", workbook.region()));
        }
        if (!workbook.team().isBlank()) {
            out.paragraph(messages.get("report.team", workbook.team()));
        }
        out.paragraph(messages.get("report.personas", personaCount));
        if (!workbook.definition().isBlank()) {
            out.heading(messages.get("report.definition"), 1.35f);
            out.paragraph(workbook.definition());
        }
        if (!workbook.principles().isEmpty()) {
            out.heading(messages.get("report.principles"), 1.35f);
            for (PrincipleTheme theme : workbook.principles()) {
                if (!theme.theme().isBlank()) {
                    out.heading(theme.theme(), 1.1f);
                }
                for (String statement : theme.statements()) {
                    out.bullet(statement);
                }
            }
        }
        if (!workbook.activities().isEmpty()) {
            out.heading(messages.get("report.activities"), 1.35f);
            for (ActivityGroup group : ActivityGroup.values()) {
                List<CoreActivity> inGroup = workbook.activities().stream().filter(a -> a.group() == group).toList();
                if (inGroup.isEmpty()) {
                    continue;
                }
                out.heading(messages.get("report.group." + group.key()), 1.1f);
                for (CoreActivity a : inGroup) {
                    out.bullet(ActivityNames.title(a, messages));
                }
            }
        }
    }

    /**
     * The workbook's own texts on the cover, each looked at for a character no font has: they printed as "�" without a
     * word while the posters warned. The summary pages print nothing of the workbook's the cover and posters do not.
     */
    private static List<String> coverTexts(Workbook workbook) {
        List<String> texts = new ArrayList<>(List.of(workbook.school(), workbook.region(), workbook.team(),
                workbook.definition()));
        for (PrincipleTheme theme : workbook.principles()) {
            texts.add(theme.theme());
            texts.addAll(theme.statements());
        }
        workbook.activities().stream().map(CoreActivity::name).forEach(texts::add);
        return texts;
    }

    private static void writeSummary(FlowWriter out, Workbook workbook, List<Persona> personas,
                                     CheckSummaries summaries, PdfMessages messages) throws IOException {
        out.heading(messages.get("report.summary"), 1.6f);
        List<Persona> checked = personas.stream().filter(p -> summaries.footers().containsKey(p.id())).toList();
        if (checked.isEmpty()) {
            out.paragraph(messages.get("report.summaryNone"));
            return;
        }
        out.paragraph(messages.get("report.summaryIntro"));
        List<String> header = new ArrayList<>(List.of(messages.get("report.column.persona"),
                messages.get("report.column.activity")));
        for (Quadrant q : CELL_QUADRANTS) {
            header.add(messages.quadrant(q));
        }
        header.add(messages.get("report.column.attitudes"));
        List<List<String>> rows = new ArrayList<>();
        for (Persona p : checked) {
            PosterFooter f = summaries.footers().get(p.id());
            // The cover names every activity in full; here its code, as the cover's names begin.
            List<String> row = new ArrayList<>(List.of(p.name(), workbook.activityOf(p)
                    .map(a -> ActivityNames.code(a, messages)).orElse(messages.get("report.noActivity"))));
            for (Quadrant q : CELL_QUADRANTS) {
                row.add(f.coverage().stream().filter(c -> c.quadrant() == q).findFirst()
                        .map(c -> c.covered() + "/" + c.expected()).orElse("–"));
            }
            row.add(messages.get("report.attitudesCell", f.attitudesPresent().size(), f.attitudesExpected(),
                    f.attitudesPresent().isEmpty() ? "—" : messages.attitudes(f.attitudesPresent(), false)));
            rows.add(row);
        }
        out.table(header, PERSONA_COLUMNS, rows, messages.get("report.continued", messages.get("report.summary")),
                PERSONA_COLUMN_LINES, PERSONA_COLUMN_NAMES);
        writeGaps(out, workbook, personas, summaries, messages);
    }

    /**
     * Per checked matrix activity what none of its personas covers, a table row per quadrant, an element per line; then
     * per school's own activity what the check says without the matrix's cells ({@link OwnActivitySection}).
     */
    private static void writeGaps(FlowWriter out, Workbook workbook, List<Persona> personas,
                                  CheckSummaries summaries, PdfMessages messages) throws IOException {
        if (summaries.gaps().isEmpty() && summaries.own().isEmpty()) {
            return;
        }
        out.heading(messages.get("report.gaps"), 1.35f);
        out.paragraph(messages.get("report.gapsIntro"));
        for (CoverageGaps gap : summaries.gaps()) {
            writeGap(out, title(workbook, gap.activityId(), messages), gap, messages);
        }
        Map<String, String> names = new HashMap<>();
        personas.forEach(p -> names.put(p.id(), p.name()));
        for (OwnActivityCheck own : summaries.own()) {
            OwnActivitySection.write(out, title(workbook, own.activityId(), messages), own, names, GAP_COLUMNS,
                    messages);
        }
    }

    private static String title(Workbook workbook, String activityId, PdfMessages messages) {
        return workbook.activity(activityId).map(a -> ActivityNames.title(a, messages)).orElse(activityId);
    }

    private static void writeGap(FlowWriter out, String title, CoverageGaps gap, PdfMessages messages)
            throws IOException {
        out.heading(title, 1.1f);
        if (gap.isComplete()) {
            out.paragraph(messages.get("report.gapsNone"));
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (Quadrant q : Quadrant.values()) {
            if (!gap.uncovered(q).isEmpty()) {
                // Elements are phrases, one a line; attitudes are single words, run on.
                // The gaps table has the room for the matrix's word beside an attitude's English gloss.
                String uncovered = q == Quadrant.ATTITUDE ? messages.attitudes(gap.uncovered(q), true)
                        : String.join("\n", gap.uncovered(q));
                rows.add(List.of(messages.quadrant(q), uncovered));
            }
        }
        out.table(List.of(messages.get("report.column.quadrant"), messages.get("report.column.uncovered")),
                GAP_COLUMNS, rows, messages.get("report.continued", title));
    }
}
