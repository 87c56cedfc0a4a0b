package nl.personacanvas.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.personacanvas.model.ActivityGroup;
import nl.personacanvas.model.CoreActivity;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.PrincipleTheme;
import nl.personacanvas.model.Quadrant;
import nl.personacanvas.model.Workbook;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The workbook report: a cover with the school's working definition, principles and core activities
 * (as the study's Tabel 2 lists them per school), the persona posters, and a page summarising each
 * persona's coverage of the matrix from the check summaries the caller passes in.
 */
public final class WorkbookReport {
    private final FontLibrary fonts;
    private final Typesetter type;

    public WorkbookReport(FontLibrary fonts) {
        this.fonts = fonts;
        this.type = new Typesetter(fonts, DutchHyphenator.bundled());
    }

    public RenderedPdf render(Workbook workbook, List<Persona> personas, PosterOptions options,
                              Map<String, PosterFooter> summaries, ExportMonitor monitor) throws IOException {
        PDDocument document = PdfDocuments.create();
        try {
            PosterRenderer posters = new PosterRenderer(document, fonts, type, options);
            PdfMessages messages = posters.messages();
            PaperSize textSize = options.tiling().orElse(options.size());
            PDRectangle page = textSize.rectangle(options.tileSheet() == null && options.landscape());

            FlowWriter cover = new FlowWriter(document, posters.fonts(), type, page, textSize.scale());
            writeCover(cover, workbook, personas.size(), messages);
            List<PDPage> coverPages = cover.finish();
            PdfDocuments.bookmark(document, messages.get("report.bookmark.cover"), coverPages.get(0));

            PosterExporter.addPosters(document, posters, workbook, personas, summaries, monitor, 0, personas.size());

            FlowWriter summary = new FlowWriter(document, posters.fonts(), type, page, textSize.scale());
            writeSummary(summary, workbook, personas, summaries, messages);
            PdfDocuments.bookmark(document, messages.get("report.bookmark.summary"), summary.finish().get(0));

            posters.fonts().embedSubsets();
            PdfDocuments.describe(document, messages.get("meta.reportTitle", workbook.school()),
                    workbook.school(), messages.get("meta.subject"), messages.locale());
            return new RenderedPdf(document, new ExportResult(document.getNumberOfPages(), personas.size(),
                    posters.warnings(), List.of()));
        } catch (IOException | RuntimeException e) {
            document.close();
            throw e;
        }
    }

    public ExportResult write(Workbook workbook, List<Persona> personas, PosterOptions options,
                              Map<String, PosterFooter> summaries, Path target, ExportMonitor monitor)
            throws IOException {
        try (RenderedPdf pdf = render(workbook, personas, options, summaries, monitor)) {
            PdfDocuments.save(pdf.document(), target);
            ExportResult r = pdf.result();
            return new ExportResult(r.pages(), r.posters(), r.warnings(), List.of(target));
        }
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
                    out.bullet(a.matrixActivity().map(id -> id + " – " + a.name())
                            .orElse(a.name() + " (" + messages.get("report.ownActivity") + ")"));
                }
            }
        }
    }

    private static void writeSummary(FlowWriter out, Workbook workbook, List<Persona> personas,
                                     Map<String, PosterFooter> summaries, PdfMessages messages) throws IOException {
        out.heading(messages.get("report.summary"), 1.6f);
        List<Persona> checked = personas.stream().filter(p -> summaries.containsKey(p.id())).toList();
        if (checked.isEmpty()) {
            out.paragraph(messages.get("report.summaryNone"));
            return;
        }
        List<String> header = new ArrayList<>(List.of(messages.get("report.column.persona"),
                messages.get("report.column.activity")));
        for (Quadrant q : Quadrant.values()) {
            header.add(messages.quadrant(q));
        }
        header.add(messages.get("report.column.attitudes"));
        List<List<String>> rows = new ArrayList<>();
        for (Persona p : checked) {
            PosterFooter f = summaries.get(p.id());
            List<String> row = new ArrayList<>(List.of(p.name(), workbook.activityOf(p)
                    .map(a -> a.matrixActivity().orElse(a.name())).orElse("")));
            for (Quadrant q : Quadrant.values()) {
                row.add(f.coverage().stream().filter(c -> c.quadrant() == q).findFirst()
                        .map(c -> c.covered() + "/" + c.expected()).orElse("–"));
            }
            row.add(f.attitudesPresent().size() + "/" + f.attitudesExpected());
            rows.add(row);
        }
        out.table(header, new float[] {0.12f, 0.15f, 0.16f, 0.16f, 0.16f, 0.12f, 0.13f}, rows);
    }
}
