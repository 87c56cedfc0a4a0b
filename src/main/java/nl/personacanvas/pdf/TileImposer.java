package nl.personacanvas.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDFormContentStream;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;

/**
 * Cuts a large poster into sheets a small printer can print: each sheet shows one cell of the poster
 * (the same vector drawing, clipped), neighbouring cells overlap so they can be glued, crop marks in
 * the margin show where to cut, dashed ticks where the overlap starts, and a label says which tile it is.
 */
final class TileImposer {
    private static final float MM = 72f / 25.4f;
    static final float MARGIN = 12 * MM;
    static final float OVERLAP = 10 * MM;
    private static final float MARK = 7 * MM;
    private static final float MARK_OFFSET = 2 * MM;
    private static final float LABEL_SIZE = 8;
    /** The label starts clear of the vertical crop mark at the cell's left edge. */
    private static final float LABEL_INSET = 3 * MM;

    private final Typesetter type;
    private final PdfMessages messages;

    TileImposer(Typesetter type, PdfMessages messages) {
        this.type = type;
        this.messages = messages;
    }

    /** One cell of the grid: column and row from the top left, and the poster area it shows. */
    record Tile(int column, int row, float x, float y, float width, float height) {
    }

    /** The sheet orientation that needs fewest sheets. */
    static PDRectangle sheetFor(PaperSize sheet, float posterWidth, float posterHeight) {
        PDRectangle portrait = sheet.rectangle(false);
        PDRectangle landscape = sheet.rectangle(true);
        return tiles(landscape, posterWidth, posterHeight).size() < tiles(portrait, posterWidth, posterHeight).size()
                ? landscape : portrait;
    }

    static List<Tile> tiles(PDRectangle sheet, float posterWidth, float posterHeight) {
        float cellW = sheet.getWidth() - 2 * MARGIN;
        float cellH = sheet.getHeight() - 2 * MARGIN;
        int cols = count(posterWidth, cellW);
        int rows = count(posterHeight, cellH);
        List<Tile> tiles = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                float x = c * (cellW - OVERLAP);
                float top = posterHeight - r * (cellH - OVERLAP);
                tiles.add(new Tile(c, r, x, top - cellH, cellW, cellH));
            }
        }
        return tiles;
    }

    private static int count(float length, float cell) {
        return length <= cell ? 1 : 1 + (int) Math.ceil((length - cell) / (cell - OVERLAP));
    }

    List<PDPage> impose(PDDocument document, DocumentFonts fonts, PDFormXObject poster, PaperSize sheetSize,
                        String name) throws IOException {
        PDRectangle posterBox = poster.getBBox();
        PDRectangle sheet = sheetFor(sheetSize, posterBox.getWidth(), posterBox.getHeight());
        List<Tile> tiles = tiles(sheet, posterBox.getWidth(), posterBox.getHeight());
        int cols = tiles.stream().mapToInt(Tile::column).max().orElse(0) + 1;
        int rows = tiles.stream().mapToInt(Tile::row).max().orElse(0) + 1;
        List<PDPage> pages = new ArrayList<>();
        for (Tile tile : tiles) {
            int number = pages.size() + 1;
            // Its own resources: the shared dictionary holds the poster form, which must not name itself.
            pages.add(Sheets.page(document, sheet, new PDResources(), out -> {
                out.saveGraphicsState();
                out.addRect(MARGIN, MARGIN, tile.width(), tile.height());
                out.clip();
                out.transform(Matrix.getTranslateInstance(MARGIN - tile.x(), MARGIN - tile.y()));
                out.drawForm(poster);
                out.restoreGraphicsState();
                marks(out, tile, tile.column() < cols - 1, tile.row() < rows - 1);
                label(out, fonts, messages.get("tile.label", name, number, tiles.size(), tile.row() + 1,
                        tile.column() + 1, Math.round(OVERLAP / MM)), sheet.getWidth() - 2 * MARGIN - 2 * LABEL_INSET);
            }));
        }
        return pages;
    }

    /** The label goes below the crop marks; a long persona name is shortened rather than run off the sheet. */
    private void label(PDFormContentStream out, DocumentFonts fonts, String text, float maxWidth) throws IOException {
        String line = TextCleaner.singleLine(text);
        List<String> lines = type.wrap(line, false, LABEL_SIZE, maxWidth);
        String shown = lines.size() == 1 ? line : lines.get(0) + " …";
        while (lines.size() > 1 && type.width(shown, false, LABEL_SIZE) > maxWidth && shown.length() > 3) {
            shown = shown.substring(0, shown.length() - 3) + " …";
        }
        type.draw(out, fonts, shown, false, MARGIN + LABEL_INSET, MARGIN - 6 * MM, false, LABEL_SIZE);
    }

    private static void marks(PDFormContentStream out, Tile tile, boolean overlapRight, boolean overlapBelow)
            throws IOException {
        float left = MARGIN;
        float bottom = MARGIN;
        float right = MARGIN + tile.width();
        float top = MARGIN + tile.height();
        out.setStrokingColor(0f);
        out.setLineWidth(0.4f);
        for (float x : new float[] {left, right}) {
            line(out, x, top + MARK_OFFSET, x, top + MARK_OFFSET + MARK);
            line(out, x, bottom - MARK_OFFSET, x, bottom - MARK_OFFSET - MARK);
        }
        for (float y : new float[] {bottom, top}) {
            line(out, left - MARK_OFFSET, y, left - MARK_OFFSET - MARK, y);
            line(out, right + MARK_OFFSET, y, right + MARK_OFFSET + MARK, y);
        }
        out.setLineDashPattern(new float[] {2, 2}, 0);
        if (overlapRight) {
            float x = right - OVERLAP;
            line(out, x, top + MARK_OFFSET, x, top + MARK_OFFSET + MARK);
            line(out, x, bottom - MARK_OFFSET, x, bottom - MARK_OFFSET - MARK);
        }
        if (overlapBelow) {
            float y = bottom + OVERLAP;
            line(out, left - MARK_OFFSET, y, left - MARK_OFFSET - MARK, y);
            line(out, right + MARK_OFFSET, y, right + MARK_OFFSET + MARK, y);
        }
        out.setLineDashPattern(new float[] {}, 0);
    }

    private static void line(PDFormContentStream out, float x1, float y1, float x2, float y2) throws IOException {
        out.moveTo(x1, y1);
        out.lineTo(x2, y2);
        out.stroke();
    }
}
