package nl.personacanvas.pdf;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.pdfbox.text.TextPosition;

/** Reads back what an export drew: its text, where each glyph sits, and its fonts. */
final class PdfInspection {

    /**
     * One drawn glyph in PDF user space (origin bottom left), with the name of the font that drew it; {@code upright}
     * false for rotated text (the heatmap's column heads), whose x and baseline run along its own direction.
     */
    record Glyph(int page, String unicode, float x, float baseline, float width, float fontSize, String font,
                 boolean upright) {
    }

    private PdfInspection() {
    }

    /**
     * A glyph of the quiet footer a report or coverage PDF prints in every page's bottom margin ("Alfa-college · 12
     * maart 2026 … Pagina 3 van 19", session 27), which tests of the page's own text leave out.
     */
    static boolean inPageFooter(Glyph g, float scale) {
        return g.upright() && Math.abs(g.baseline() - PageFooters.BASELINE * scale) < 0.5f;
    }

    /** {@link #flattened} text without the page footers' lines. */
    static String withoutPageFooters(String flattened) {
        return flattened.replaceAll("Alfa-college · \\d+ \\p{L}+ \\d{4} Pagina \\d+ van \\d+ ?", "");
    }

    static String text(PDDocument document) throws IOException {
        return new PDFTextStripper().getText(document);
    }

    /** The text inside {@code box} (PDF user space) of page {@code pageIndex}. */
    static String textIn(PDDocument document, int pageIndex, Box box) throws IOException {
        float height = document.getPage(pageIndex).getMediaBox().getHeight();
        PDFTextStripperByArea stripper = new PDFTextStripperByArea();
        stripper.addRegion("box", new Rectangle2D.Float(box.x(), height - box.top(), box.width(), box.height()));
        stripper.extractRegions(document.getPage(pageIndex));
        return stripper.getTextForRegion("box");
    }

    /** Whitespace collapsed and hyphens the layout added at line ends removed, for finding entries. */
    static String flattened(String text) {
        return text.replace("-\n", "").replace("-\r\n", "").replaceAll("\\s+", " ");
    }

    static List<Glyph> glyphs(PDDocument document) throws IOException {
        List<Glyph> glyphs = new ArrayList<>();
        for (int i = 0; i < document.getNumberOfPages(); i++) {
            int pageIndex = i;
            float height = document.getPage(i).getMediaBox().getHeight();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    glyphs.add(new Glyph(pageIndex, text.getUnicode(), text.getXDirAdj(),
                            height - text.getYDirAdj(), text.getWidthDirAdj(), text.getFontSizeInPt(),
                            text.getFont() == null ? "" : text.getFont().getName(), text.getDir() == 0));
                }
            };
            stripper.setStartPage(i + 1);
            stripper.setEndPage(i + 1);
            stripper.getText(document);
        }
        return glyphs;
    }

    /** Every font used anywhere, including inside form XObjects. */
    static List<PDFont> fonts(PDDocument document) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        Set<Object> seen = new HashSet<>();
        for (PDPage page : document.getPages()) {
            collect(page.getResources(), fonts, seen);
        }
        return fonts;
    }

    private static void collect(PDResources resources, List<PDFont> fonts, Set<Object> seen) throws IOException {
        if (resources == null || !seen.add(resources.getCOSObject())) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDFormXObject form) {
                collect(form.getResources(), fonts, seen);
            }
        }
    }

    /**
     * The panel of {@code quadrant} on a laid-out poster page, or null: a continuation page has panels only for the
     * quadrants with entries left (session 27).
     */
    static Box panel(PosterPage page, nl.personacanvas.model.Quadrant quadrant) {
        return page.panels().stream().filter(p -> p.quadrant() == quadrant).map(PosterPage.Panel::box).findFirst()
                .orElse(null);
    }

    /** The text inside the panel of {@code quadrant} on page {@code pageIndex}; empty when it has none there. */
    static String panelText(PDDocument document, List<PosterPage> plan, int pageIndex,
                            nl.personacanvas.model.Quadrant quadrant) throws IOException {
        Box box = panel(plan.get(pageIndex), quadrant);
        return box == null ? "" : textIn(document, pageIndex, box);
    }

    private static boolean arabic(String unicode) {
        return unicode.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC);
    }

    /**
     * The glyphs of page {@code page} between {@code left} and {@code right} on the baseline of the first Arabic glyph
     * there: the line of a name that starts in Arabic.
     */
    static List<Glyph> headLine(List<Glyph> glyphs, int page, float left, float right) {
        Glyph first = glyphs.stream().filter(g -> g.page() == page && g.x() >= left && g.x() <= right
                && arabic(g.unicode())).findFirst().orElseThrow(() -> new AssertionError("no Arabic glyph"));
        return glyphs.stream().filter(g -> g.page() == page && g.x() >= left && g.x() <= right
                && Math.abs(g.baseline() - first.baseline()) < 0.5f && !g.unicode().isBlank()).toList();
    }

    /** True when every Arabic glyph of the line stands left of every Latin letter: read left to right. */
    static boolean arabicBeforeLatin(List<Glyph> line) {
        float arabicRight = (float) line.stream().filter(g -> arabic(g.unicode())).mapToDouble(Glyph::x).max()
                .orElseThrow();
        float latinLeft = (float) line.stream().filter(g -> g.unicode().matches("[A-Za-z]")).mapToDouble(Glyph::x)
                .min().orElseThrow();
        return arabicRight < latinLeft;
    }
}
