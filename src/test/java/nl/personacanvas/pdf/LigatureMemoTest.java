package nl.personacanvas.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDFormContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Version;
import org.junit.jupiter.api.Test;

/**
 * Session 28, branch pdf28b: words are substituted (ligatures) once per font and document and then answered from
 * {@link LigatureMemo}. A word drawn again must still get the font's ligature, as PDFBox's own worker gives it.
 */
class LigatureMemoTest {

    @Test
    void aRepeatedWordKeepsItsLigatureAndItsText() throws Exception {
        FontLibrary fonts = FontLibrary.bundled();
        byte[] saved;
        try (PDDocument document = new PDDocument()) {
            DocumentFonts documentFonts = new DocumentFonts(document, fonts);
            FlowWriter out = new FlowWriter(document, documentFonts, new Typesetter(fonts, DutchHyphenator.bundled()),
                    PDRectangle.A4, 1);
            for (int i = 0; i < 3; i++) {
                out.paragraph("Het office officieel flexibel");
            }
            out.finish();
            documentFonts.embedSubsets();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            saved = bytes.toByteArray();
        }
        try (PDDocument document = Loader.loadPDF(saved)) {
            assertThat(PdfInspection.text(document)).containsSubsequence(
                    "Het office officieel flexibel", "Het office officieel flexibel", "Het office officieel flexibel");
            List<PdfInspection.Glyph> ligatures = PdfInspection.glyphs(document).stream()
                    .filter(g -> g.unicode().equals("ffi") || g.unicode().equals("\uFB03"))
                    .toList();
            // "office" and "officieel" in each of the three paragraphs: Noto Sans's "ffi" glyph, six times.
            assertThat(ligatures).hasSize(6);
        }
    }

    /**
     * Session 29, branch pdf29: the memo reaches PDFBox's private field {@code gsubWorkers} by reflection and, when a
     * PDFBox upgrade renames or retypes it, stands down without a word (same PDF, old speed). This test is that word:
     * on the PDFBox version of the pom the memo must answer for a font with glyph substitution. When it fails after an
     * upgrade, see docs/pdf.md ("When LigatureMemoTest fails after a PDFBox upgrade").
     */
    @Test
    void theMemoStandsInForPdfBoxsWorkerOnThisPdfBox() throws Exception {
        FontLibrary fonts = FontLibrary.bundled();
        try (PDDocument document = new PDDocument()) {
            PDType0Font font = fonts.face(FontRole.REGULAR).embedInto(document);
            PDFormXObject form = new PDFormXObject(document);
            form.setBBox(PDRectangle.A4);
            form.setResources(new PDResources());
            try (PDFormContentStream out = new PDFormContentStream(form)) {
                out.setFont(font, 12);
                assertThat(new LigatureMemo().install(out, font))
                        .as("LigatureMemo is not active on PDFBox " + Version.getVersion()
                                + ": the private field PDAbstractContentStream.gsubWorkers is gone or changed;"
                                + " see docs/pdf.md, 'When LigatureMemoTest fails after a PDFBox upgrade'")
                        .isTrue();
            }
        }
    }
}
