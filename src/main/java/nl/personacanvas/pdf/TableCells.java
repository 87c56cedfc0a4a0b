package nl.personacanvas.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Wraps a table row's cells into lines for {@link FlowWriter}: each cell to its column's width, a line break in a
 * cell's text starting a new line, a column with a most number of lines cut short with " …" ({@link FittedLines}).
 */
final class TableCells {
    private final Typesetter type;
    private final float size;
    private final float pad;
    private final float tableWidth;

    TableCells(Typesetter type, float size, float pad, float tableWidth) {
        this.type = type;
        this.size = size;
        this.pad = pad;
        this.tableWidth = tableWidth;
    }

    /** The lines of each cell of {@code cells}; {@code mostLines[i]} 0 for as many as column i needs. */
    List<List<String>> lines(List<String> cells, float[] fractions, boolean bold, int[] mostLines) {
        List<List<String>> result = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            float w = tableWidth * fractions[i] - 2 * pad;
            int most = mostLines[i];
            result.add(most > 0
                    ? FittedLines.within(TextCleaner.singleLine(cells.get(i)), most, t -> type.wrap(t, bold, size, w))
                    : lines(cells.get(i), bold, w));
        }
        return result;
    }

    private List<String> lines(String cell, boolean bold, float w) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : TextCleaner.paragraphs(cell)) {
            lines.addAll(type.wrap(paragraph, bold, size, w));
        }
        return lines;
    }

    /** The number of lines of the row's tallest cell. */
    static int depth(List<List<String>> cells) {
        return cells.stream().mapToInt(List::size).max().orElse(0);
    }
}
