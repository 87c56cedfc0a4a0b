package nl.personacanvas.pdf;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.personacanvas.merge.Coverage;
import nl.personacanvas.merge.CoverageMatrix;
import nl.personacanvas.merge.MatrixItem;
import nl.personacanvas.model.Persona;
import org.apache.pdfbox.pdmodel.PDFormContentStream;
import org.apache.pdfbox.util.Matrix;

/**
 * The heatmap of one activity as a vector drawing: personas down, matrix items across in blocks per role
 * (attitudes as their own block), each cell coloured and lettered by its coverage so it also reads in black
 * and white; item headings of gaps (nobody covers them) in red. Persona names wrap and item headings are
 * set upright-rotated and wrapped to their column, so nothing is cut off. Rows that do not fit a page go
 * on the next one with the headings repeated.
 */
final class HeatmapFigure {
    private static final float LEADING = 1.25f;

    private final Typesetter type;
    private final PdfMessages messages;
    private final CoverageMatrix matrix;
    private final float s;
    private final float nameWidth;
    private final float cell;
    private final float blockGap;
    private final float labelSize;
    private final float labelHeight;
    private final float nameSize;
    private final Set<String> gaps;

    HeatmapFigure(Typesetter type, PdfMessages messages, CoverageMatrix matrix, float width, float scale) {
        this.type = type;
        this.messages = messages;
        this.matrix = matrix;
        this.s = scale;
        this.nameSize = 8 * scale;
        float widest = 0;
        for (Persona p : matrix.personas()) {
            widest = Math.max(widest, type.width(TextCleaner.singleLine(p.name()), true, nameSize));
        }
        this.nameWidth = Math.min(widest + 8 * scale, width * 0.22f);
        int items = matrix.items().size();
        this.blockGap = 6 * scale;
        float available = width - nameWidth - blockGap * Math.max(0, matrix.blocks().size() - 1);
        this.cell = items == 0 ? 20 * scale : Math.min(30 * scale, available / items);
        this.gaps = matrix.gaps().stream().map(MatrixItem::id).collect(Collectors.toSet());
        float size = 7 * scale;
        float longest = 0;
        for (MatrixItem item : matrix.items()) {
            longest = Math.max(longest, type.width(label(item), gaps.contains(item.id()), size));
        }
        this.labelHeight = Math.min(longest + 4 * scale, 120 * scale);
        // Shrink the headings until the wrapped lines of every one fit side by side in its column.
        while (size > 4.5f * scale && !labelsFit(size)) {
            size -= 0.25f * scale;
        }
        this.labelSize = size;
    }

    private boolean labelsFit(float size) {
        for (MatrixItem item : matrix.items()) {
            int lines = type.wrap(label(item), gaps.contains(item.id()), size, labelHeight - 4 * s).size();
            if (lines * size * LEADING > cell - 2 * s) {
                return false;
            }
        }
        return true;
    }

    /** The element's row and number ("Ontwerpen 2"), or the attitude's name, as the screen shows it. */
    private String label(MatrixItem item) {
        return messages.item(item);
    }

    private float titleSize() {
        return 7.5f * s;
    }

    private List<String> blockTitle(CoverageMatrix.Block block) {
        float span = block.items().size() * cell;
        return type.wrap(messages.get("coverage.role." + block.role().key()), true, titleSize(), span);
    }

    float headerHeight() {
        int lines = 1;
        for (CoverageMatrix.Block b : matrix.blocks()) {
            lines = Math.max(lines, blockTitle(b).size());
        }
        return lines * titleSize() * LEADING + 3 * s + labelHeight;
    }

    float rowHeight(Persona persona) {
        int lines = type.wrap(TextCleaner.singleLine(persona.name()), true, nameSize, nameWidth - 6 * s).size();
        return Math.max(cell, lines * nameSize * LEADING + 3 * s);
    }

    float height(List<Persona> rows) {
        float h = headerHeight();
        for (Persona p : rows) {
            h += rowHeight(p);
        }
        return h;
    }

    /** Draws the headings and {@code rows} with the figure's lower left corner at (0, 0). */
    void draw(PDFormContentStream out, DocumentFonts fonts, List<Persona> rows) throws IOException {
        float top = height(rows);
        float x = nameWidth;
        float titleTop = top;
        float labelsTop = top - (headerHeight() - labelHeight);
        for (CoverageMatrix.Block block : matrix.blocks()) {
            float span = block.items().size() * cell;
            float cursor = titleTop;
            out.setNonStrokingColor(QuadrantStyle.TEXT);
            for (String line : blockTitle(block)) {
                type.draw(out, fonts, line, false, x, cursor - titleSize() * 0.95f, true, titleSize());
                cursor -= titleSize() * LEADING;
            }
            out.setStrokingColor(QuadrantStyle.RULE);
            out.setLineWidth(0.5f * s);
            out.moveTo(x, labelsTop + 1.5f * s);
            out.lineTo(x + span - 2 * s, labelsTop + 1.5f * s);
            out.stroke();
            for (MatrixItem item : block.items()) {
                drawLabel(out, fonts, item, x, labelsTop - labelHeight);
                float y = labelsTop - labelHeight;
                for (Persona p : rows) {
                    float h = rowHeight(p);
                    drawCell(out, fonts, matrix.coverage(p.id(), item.id()), x, y - h, h);
                    y -= h;
                }
                x += cell;
            }
            x += blockGap;
        }
        float y = labelsTop - labelHeight;
        for (Persona p : rows) {
            float h = rowHeight(p);
            List<String> lines = type.wrap(TextCleaner.singleLine(p.name()), true, nameSize, nameWidth - 6 * s);
            float textTop = y - (h - lines.size() * nameSize * LEADING) / 2;
            out.setNonStrokingColor(QuadrantStyle.TEXT);
            for (String line : lines) {
                type.draw(out, fonts, line, false, 0, textTop - nameSize * 0.95f, true, nameSize);
                textTop -= nameSize * LEADING;
            }
            y -= h;
        }
    }

    /** The heading, rotated to read upwards, its lines side by side from the column's left. */
    private void drawLabel(PDFormContentStream out, DocumentFonts fonts, MatrixItem item, float x, float bottom)
            throws IOException {
        boolean gap = gaps.contains(item.id());
        List<String> lines = type.wrap(label(item), gap, labelSize, labelHeight - 4 * s);
        float lineX = x + (cell - lines.size() * labelSize * LEADING) / 2 + labelSize * 0.95f;
        out.setNonStrokingColor(gap ? ComparisonPalette.GAP : QuadrantStyle.TEXT);
        for (String line : lines) {
            out.saveGraphicsState();
            out.transform(new Matrix(0, 1, -1, 0, lineX, bottom + 2 * s));
            type.draw(out, fonts, line, false, 0, 0, gap, labelSize);
            out.restoreGraphicsState();
            lineX += labelSize * LEADING;
        }
    }

    private void drawCell(PDFormContentStream out, DocumentFonts fonts, Coverage coverage, float x, float y, float h)
            throws IOException {
        float inset = 0.75f * s;
        out.setNonStrokingColor(ComparisonPalette.coverage(coverage));
        out.addRect(x + inset, y + inset, cell - 2 * inset, h - 2 * inset);
        out.fill();
        String mark = messages.get("coverage.mark." + coverage.name());
        float size = Math.min(cell, h) * 0.42f;
        float w = type.width(mark, true, size);
        out.setNonStrokingColor(coverage == Coverage.LINKED || coverage == Coverage.MISSING ? Color.WHITE
                : QuadrantStyle.TEXT);
        type.draw(out, fonts, mark, false, x + (cell - w) / 2, y + h / 2 - size * 0.36f, true, size);
    }

    /** The personas from {@code from} on that fit {@code room}: at least one, so a page always makes progress. */
    List<Persona> rowsFitting(int from, float room) {
        List<Persona> rows = new ArrayList<>();
        float h = headerHeight();
        for (int i = from; i < matrix.personas().size(); i++) {
            Persona p = matrix.personas().get(i);
            h += rowHeight(p);
            if (h > room && !rows.isEmpty()) {
                break;
            }
            rows.add(p);
        }
        return rows;
    }
}
