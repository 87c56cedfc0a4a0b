package nl.personacanvas.pdf;

import java.awt.Color;
import java.io.IOException;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * The quiet line at the foot of every page of a printed report: the workbook's school and the date on the left,
 * "Pagina 3 van 19" on the right, small and grey in the bottom margin, under everything the page holds (the report's
 * running text keeps 42 pt free, a poster 30 pt; the 9 pt line ends about 23 pt up, × the paper's scale), from the
 * 30 pt side margin the posters and the text pages share to the same margin on the right. A
 * coordinator who drops a stack of printed pages can put them back in order and knows which school's and which day's
 * they are. Drawn once every page exists, as only then is the page count known.
 */
final class PageFooters {
    static final float SIZE = 9;
    /** Low in the margin; even the descenders stay above the 4.2 mm most printers leave unprinted. */
    static final float BASELINE = 16;
    /** The posters' margin, as the report's text pages have it: one inset for all a report's pages (session 28). */
    static final float SIDE = PosterPageBuilder.MARGIN;
    /** Grey #555555 on white, 7.5:1: quieter than the text, legible on paper. */
    private static final Color GREY = new Color(0x55, 0x55, 0x55);
    private static final float GAP = 24;

    private final Typesetter type;
    private final PdfMessages messages;

    PageFooters(Typesetter type, PdfMessages messages) {
        this.type = type;
        this.messages = messages;
    }

    /**
     * Stamps every page of {@code document} but {@code skipped} (tile sheets, whose margin holds the crop marks and
     * their own label), numbering all pages.
     *
     * @param printedFor "Alfa-college · 2 december 2026"; shortened with " …" where the page number needs the room
     */
    void stamp(PDDocument document, DocumentFonts fonts, String printedFor, float scale, Set<PDPage> skipped)
            throws IOException {
        int count = document.getNumberOfPages();
        float size = SIZE * scale;
        for (int i = 0; i < count; i++) {
            PDPage page = document.getPage(i);
            if (skipped.contains(page)) {
                continue;
            }
            float width = page.getMediaBox().getWidth();
            String number = messages.get("footer.page", i + 1, count);
            float numberWidth = type.width(number, false, size);
            float right = width - SIDE * scale;
            String left = type.shortened(TextCleaner.singleLine(printedFor), false, size,
                    right - numberWidth - GAP * scale - SIDE * scale);
            Sheets.stamp(document, page, fonts.resources(), out -> {
                out.setNonStrokingColor(GREY);
                type.draw(out, fonts, left, false, SIDE * scale, BASELINE * scale, false, size);
                type.draw(out, fonts, number, false, right - numberWidth, BASELINE * scale, false, size);
            });
        }
    }
}
