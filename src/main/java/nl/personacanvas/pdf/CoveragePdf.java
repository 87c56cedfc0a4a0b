package nl.personacanvas.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.stream.Collectors;
import nl.personacanvas.matrix.MatrixRole;
import nl.personacanvas.merge.CoverageMatrix;
import nl.personacanvas.merge.MatrixItem;
import nl.personacanvas.merge.RoleCompleteness;
import nl.personacanvas.merge.TeamCoverage;
import nl.personacanvas.model.Persona;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The coverage views as A3 landscape PDFs (vector, fonts embedded): the heatmap of one activity with a
 * key of every element it shows, and the team chart with each activity's gaps. Thread-safe.
 */
public final class CoveragePdf {
    static final PaperSize PAPER = PaperSize.A3;
    private static final int NAMES_IN_KEY = 8;
    private static final List<MatrixRole> ROLES = List.of(MatrixRole.DESIGN, MatrixRole.DELIVER, MatrixRole.ORGANISE,
            MatrixRole.ATTITUDES);

    private final FontLibrary fonts;
    private final Typesetter type;

    public CoveragePdf(FontLibrary fonts) {
        this.fonts = fonts;
        this.type = new Typesetter(fonts, DutchHyphenator.bundled());
    }

    /** What draws the pages of one export. */
    private interface Content {
        void write(FlowWriter out, PdfMessages messages, DocumentFonts fonts) throws IOException;
    }

    /**
     * The heatmap of one activity.
     *
     * @param school the workbook's school, printed with {@code date} and the page number at the foot of each page
     */
    public RenderedPdf heatmap(CoverageMatrix matrix, String school, LocalDate date, Locale locale,
                               ExportMonitor monitor) throws IOException {
        PdfMessages messages = new PdfMessages(locale);
        return render(messages, messages.get("heatmap.title", ActivityNames.title(matrix.activity(), messages)), matrix.personas().size(),
                messages.printedFor(school, date), monitor, (out, m, f) -> writeHeatmap(out, m, f, matrix));
    }

    /** The team chart; {@code school} and {@code date} as for {@link #heatmap}. */
    public RenderedPdf team(TeamCoverage team, String school, LocalDate date, Locale locale, ExportMonitor monitor)
            throws IOException {
        PdfMessages messages = new PdfMessages(locale);
        int personas = team.activities().stream().mapToInt(a -> a.personas().size()).sum();
        return render(messages, messages.get("team.title"), personas, messages.printedFor(school, date), monitor,
                (out, m, f) -> writeTeam(out, m, f, team));
    }

    public ExportResult writeHeatmap(CoverageMatrix matrix, String school, LocalDate date, Locale locale, Path target,
                                     ExportMonitor monitor) throws IOException {
        return save(heatmap(matrix, school, date, locale, monitor), target);
    }

    public ExportResult writeTeam(TeamCoverage team, String school, LocalDate date, Locale locale, Path target,
                                  ExportMonitor monitor) throws IOException {
        return save(team(team, school, date, locale, monitor), target);
    }

    private static ExportResult save(RenderedPdf rendered, Path target) throws IOException {
        try (RenderedPdf pdf = rendered) {
            PdfDocuments.save(pdf.document(), target);
            ExportResult r = pdf.result();
            return new ExportResult(r.pages(), r.posters(), r.warnings(), List.of(target));
        }
    }

    private RenderedPdf render(PdfMessages messages, String title, int personas, String printedFor,
                               ExportMonitor monitor, Content content)
            throws IOException {
        if (monitor.cancelRequested()) {
            throw new CancellationException("Export cancelled");
        }
        PDDocument document = PdfDocuments.create();
        try {
            DocumentFonts documentFonts = new DocumentFonts(document, fonts);
            PDRectangle size = PAPER.rectangle(true);
            FlowWriter out = new FlowWriter(document, documentFonts, type, size, PAPER.scale());
            content.write(out, messages, documentFonts);
            int pages = out.finish().size();
            new PageFooters(type, messages).stamp(document, documentFonts, printedFor, PAPER.scale(), Set.of());
            documentFonts.embedSubsets();
            PdfDocuments.describe(document, title, "", messages.get("meta.subject"), messages.locale());
            monitor.progressed(1, 1);
            return new RenderedPdf(document, new ExportResult(pages, personas, List.of(), List.of()));
        } catch (IOException | RuntimeException e) {
            document.close();
            throw e;
        }
    }

    private void writeHeatmap(FlowWriter out, PdfMessages messages, DocumentFonts fonts, CoverageMatrix matrix)
            throws IOException {
        String title = messages.get("heatmap.title", ActivityNames.title(matrix.activity(), messages));
        out.heading(title, 1.6f);
        out.paragraph(messages.get("heatmap.legend"));
        if (matrix.personas().isEmpty() || matrix.items().isEmpty()) {
            out.paragraph(messages.get("heatmap.empty"));
            return;
        }
        HeatmapFigure figure = new HeatmapFigure(type, messages, matrix, out.textWidth(), PAPER.scale());
        int from = 0;
        while (from < matrix.personas().size()) {
            if (out.room() < figure.height(matrix.personas().subList(from, from + 1))) {
                out.pageBreak();
            }
            List<Persona> rows = figure.rowsFitting(from, out.room());
            out.figure(figure.height(rows), o -> figure.draw(o, fonts, rows));
            from += rows.size();
        }
        out.heading(messages.get("heatmap.key"), 1.2f);
        List<List<String>> rows = new ArrayList<>();
        List<MatrixItem> gaps = matrix.gaps();
        for (CoverageMatrix.Block block : matrix.blocks()) {
            for (MatrixItem item : block.items()) {
                List<Persona> by = matrix.coveredBy(item);
                // A long list would make a table row taller than a page; the heatmap above shows who.
                String who = gaps.contains(item) ? messages.get("heatmap.nobody")
                        : by.size() > NAMES_IN_KEY ? messages.get("heatmap.coveredByMany", by.size())
                        : by.stream().map(Persona::name).collect(Collectors.joining(", "));
                rows.add(List.of(messages.item(item), messages.get("coverage.role." + block.role().key()), item.label(), who));
            }
        }
        out.table(List.of(messages.get("heatmap.column.item"), messages.get("heatmap.column.role"),
                messages.get("heatmap.column.text"), messages.get("heatmap.column.coveredBy")),
                new float[] {0.15f, 0.12f, 0.48f, 0.25f}, rows,
                messages.get("report.continued", messages.get("heatmap.key")), new int[4],
                new boolean[] {false, false, false, true});
    }

    private void writeTeam(FlowWriter out, PdfMessages messages, DocumentFonts fonts, TeamCoverage team)
            throws IOException {
        out.heading(messages.get("team.title"), 1.6f);
        out.paragraph(messages.get("team.explanation"));
        TeamChartFigure chart = new TeamChartFigure(type, messages, team.completeness(), out.textWidth(), PAPER.scale());
        out.figure(chart.height(), o -> chart.draw(o, fonts));
        for (CoverageMatrix activity : team.activities()) {
            out.heading(ActivityNames.title(activity.activity(), messages), 1.25f);
            out.paragraph(messages.get("team.personas", activity.personas().isEmpty() ? "–"
                    : activity.personas().stream().map(Persona::name).collect(Collectors.joining(", "))));
            for (MatrixRole role : ROLES) {
                RoleCompleteness r = activity.completeness(role);
                if (r.total() == 0) {
                    continue;
                }
                out.bullet(messages.get("team.role", messages.get("coverage.role." + r.role().key()),
                        messages.get("team.value", r.covered(), r.total(), Math.round(r.fraction() * 100))));
            }
            List<MatrixItem> gaps = activity.gaps();
            out.paragraph(gaps.isEmpty() ? messages.get("team.noGaps") : messages.get("team.gaps", gaps.size()));
            for (MatrixItem gap : gaps) {
                out.bullet(messages.itemWithWords(gap));
            }
        }
    }


}
