package nl.personacanvas.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;

/**
 * Session 29, branch pdf29: PDFBox draws words through the font's glyph substitution (GSUB): "fi", "fl" and "ffi" as
 * Noto Sans's ligature glyphs, IPA tone letters as one contour glyph. The layout measured each letter on its own; the
 * width measured must be the width drawn, or lines come out short and a word wraps where it would have fitted.
 * Noto Sans's ligatures turned out as wide as their letters (the ligature tests held before too and guard a font or
 * PDFBox where they are not); its "ccmp" substitutions are not, and were measured too wide.
 */
class LigatureWidthTest {
    private static final String LINE = "officieel afflux fietsen flexibel";
    private static final float SIZE = 12;
    private static final float LEFT = 50;

    private final FontLibrary fonts = FontLibrary.bundled();
    private final Typesetter type = new Typesetter(fonts, DutchHyphenator.bundled());

    @Test
    void aLineWithLigaturesIsMeasuredAsWideAsPdfBoxDrawsIt() throws Exception {
        for (boolean bold : new boolean[] {false, true}) {
            List<PdfInspection.Glyph> glyphs = drawn(LINE, bold);
            // The words really are drawn with ligatures: fewer glyphs than letters.
            assertThat(glyphs.stream().filter(g -> g.unicode().length() > 1 || g.unicode().charAt(0) > 0xFB00))
                    .as("ligature glyphs, bold " + bold).isNotEmpty();
            PdfInspection.Glyph last = glyphs.get(glyphs.size() - 1);
            float drawnWidth = last.x() + last.width() - LEFT;
            assertThat(type.width(LINE, bold, SIZE)).as("bold " + bold).isCloseTo(drawnWidth, within(0.01f));
        }
    }

    @Test
    void aLineThatFitsItsColumnAsDrawnIsNotWrapped() throws Exception {
        List<PdfInspection.Glyph> glyphs = drawn(LINE, false);
        PdfInspection.Glyph last = glyphs.get(glyphs.size() - 1);
        float column = last.x() + last.width() - LEFT + 0.05f;
        assertThat(type.wrap(LINE, false, SIZE, column)).containsExactly(LINE);
    }

    @Test
    void aSubstitutionThatNarrowsItsLettersIsMeasuredAsDrawn() throws Exception {
        // Noto Sans's "ccmp" draws IPA tone letters as one contour glyph (836 → 383 thousandths for two) and the
        // rhotic hook with its vowel: measured letter by letter this line was 69.54 pt wide, drawn 55.16 pt.
        String line = "toon ˥˩ ˧˥˧ ɜ˞";
        List<PdfInspection.Glyph> glyphs = drawn(line, false);
        PdfInspection.Glyph last = glyphs.get(glyphs.size() - 1);
        assertThat(type.width(line, false, SIZE)).isCloseTo(last.x() + last.width() - LEFT, within(0.01f));
    }

    @Test
    void wordsWithoutLigaturesMeasureAsTheirLetters() {
        float letters = 0;
        for (String letter : "Houding".split("")) {
            letters += type.width(letter, false, SIZE);
        }
        assertThat(type.width("Houding", false, SIZE)).isCloseTo(letters, within(0.001f));
        assertThat(type.width("a  b", false, SIZE))
                .isCloseTo(type.width("a", false, SIZE) + 2 * type.width(" ", false, SIZE)
                        + type.width("b", false, SIZE), within(0.001f));
    }

    /** {@code line} drawn at {@link #LEFT} by the poster's own drawing path, read back glyph by glyph. */
    private List<PdfInspection.Glyph> drawn(String line, boolean bold) throws Exception {
        byte[] saved;
        try (PDDocument document = new PDDocument()) {
            DocumentFonts documentFonts = new DocumentFonts(document, fonts);
            Sheets.page(document, PDRectangle.A4, documentFonts.resources(),
                    out -> type.draw(out, documentFonts, line, false, LEFT, 400, bold, SIZE));
            documentFonts.embedSubsets();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            saved = bytes.toByteArray();
        }
        try (PDDocument document = Loader.loadPDF(saved)) {
            return PdfInspection.glyphs(document);
        }
    }
}
