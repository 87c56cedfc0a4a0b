package nl.personacanvas.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import nl.personacanvas.merge.ComparedPersona;
import nl.personacanvas.merge.PersonaComparison;
import nl.personacanvas.model.Entry;
import nl.personacanvas.model.Quadrant;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The side-by-side comparison of 2–6 personas as an A3 landscape PDF (vector, fonts embedded): the
 * command line's {@code compare --pdf} and the comparison window's PDF export. Thread-safe.
 */
public final class ComparisonPdf {
    private final FontLibrary fonts;
    private final Typesetter type;

    public ComparisonPdf(FontLibrary fonts) {
        this.fonts = fonts;
        this.type = new Typesetter(fonts, DutchHyphenator.bundled());
    }

    /** The comparison as an open document; the caller closes it. Labels in {@code locale} (Dutch unless English). */
    public RenderedPdf render(PersonaComparison comparison, Locale locale, ExportMonitor monitor) throws IOException {
        PdfMessages messages = new PdfMessages(locale);
        List<ComparisonPage> pages = plan(comparison, messages);
        PDDocument document = PdfDocuments.create();
        try {
            DocumentFonts documentFonts = new DocumentFonts(document, fonts);
            ComparisonPainter painter = new ComparisonPainter(type);
            for (int i = 0; i < pages.size(); i++) {
                if (monitor.cancelRequested()) {
                    throw new CancellationException("Export cancelled");
                }
                ComparisonPage page = pages.get(i);
                Sheets.page(document, ComparisonLayout.pageSize(), documentFonts.resources(),
                        out -> painter.paint(out, documentFonts, page));
                monitor.progressed(i + 1, pages.size());
            }
            documentFonts.embedSubsets();
            List<String> names = comparison.personas().stream().map(p -> p.persona().name()).toList();
            PdfDocuments.describe(document, messages.get("meta.compareTitle", String.join(", ", names)),
                    "", messages.get("meta.subject"), messages.locale());
            return new RenderedPdf(document, new ExportResult(pages.size(), names.size(),
                    warnings(comparison, pages.size(), messages), List.of()));
        } catch (IOException | RuntimeException e) {
            document.close();
            throw e;
        }
    }

    public ExportResult write(PersonaComparison comparison, Locale locale, Path target, ExportMonitor monitor)
            throws IOException {
        try (RenderedPdf pdf = render(comparison, locale, monitor)) {
            PdfDocuments.save(pdf.document(), target);
            ExportResult r = pdf.result();
            return new ExportResult(r.pages(), r.posters(), r.warnings(), List.of(target));
        }
    }

    /** The laid-out pages before drawing; tests check the drawn text against them. */
    List<ComparisonPage> plan(PersonaComparison comparison, PdfMessages messages) {
        return new ComparisonLayout(type, messages).layout(comparison);
    }

    private List<ExportWarning> warnings(PersonaComparison comparison, int pages, PdfMessages messages) {
        List<ExportWarning> warnings = new ArrayList<>();
        for (ComparedPersona p : comparison.personas()) {
            List<String> texts = new ArrayList<>();
            texts.add(p.persona().name());
            for (Quadrant q : Quadrant.values()) {
                p.persona().canvas().entries(q).stream().map(Entry::text).forEach(texts::add);
            }
            warnings.addAll(FallbackWarnings.of(type, p.persona().id(), p.persona().name(), texts));
        }
        if (pages > 1) {
            warnings.add(new ExportWarning(ExportWarning.Kind.CONTINUED, "", messages.get("compare.title"),
                    String.valueOf(pages)));
        }
        return warnings;
    }
}
