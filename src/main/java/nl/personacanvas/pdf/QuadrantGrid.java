package nl.personacanvas.pdf;

import java.util.ArrayList;
import java.util.List;
import nl.personacanvas.model.Quadrant;

/**
 * A poster's first page's four quadrant panels in a 2×2 grid, in {@link Quadrant} order, with their bold headings;
 * the entries go in the text areas below the headings.
 */
final class QuadrantGrid extends PosterPart {
    /** Inside a panel, around its heading and entries. */
    static final float PAD = 10;

    /**
     * @param panels        the coloured panels
     * @param headings      each panel's heading lines, added to the page's text just before its entries so the PDF
     *                      reads in order
     * @param headingBoxes  the boxes the headings stand in
     * @param textAreas     each panel's room for entries below its heading
     */
    record Placed(List<PosterPage.Panel> panels, List<List<PlacedText>> headings, List<Box> headingBoxes,
                  Box[] textAreas) {
    }

    QuadrantGrid(PosterFrame frame) {
        super(frame);
    }

    /** The grid between {@code top} and {@code bottom}; the top row is {@code topExtra} taller than half and the bottom row as much shorter. */
    Placed place(float top, float bottom, float topExtra) {
        float gutter = PosterPageBuilder.GAP * s;
        float colWidth = (width - 2 * PosterPageBuilder.MARGIN * s - gutter) / 2;
        float half = (top - bottom - gutter) / 2;
        float[] rowHeights = {half + topExtra, half - topExtra};
        Box[] textAreas = new Box[4];
        Quadrant[] order = Quadrant.values();
        float innerWidth = colWidth - 2 * PAD * s;
        List<List<String>> headingLines = new ArrayList<>();
        int mostLines = 0;
        for (Quadrant q : order) {
            List<String> heading = type.wrap(messages.quadrant(q), true, headingSize, innerWidth);
            headingLines.add(heading);
            mostLines = Math.max(mostLines, heading.size());
        }
        // Every panel's entries start under as many heading lines as the longest heading has (a large heading may
        // take two), so entries side by side start level.
        float headingHeight = mostLines * headingSize * PosterLines.LEADING;
        List<PosterPage.Panel> panels = new ArrayList<>();
        List<List<PlacedText>> headings = new ArrayList<>();
        List<Box> headingBoxes = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            float x = PosterPageBuilder.MARGIN * s + (i % 2) * (colWidth + gutter);
            int row = i / 2;
            float y = top - rowHeights[0] - row * (gutter + rowHeights[1]);
            Box panel = new Box(x, y, colWidth, rowHeights[row]);
            panels.add(new PosterPage.Panel(order[i], panel, QuadrantStyle.fill(order[i])));
            Box inner = panel.inset(PAD * s);
            List<PlacedText> heading = new ArrayList<>();
            float below = lines.place(heading, headingLines.get(i), true, headingSize, inner.x(), inner.top(),
                    inner.width(), false);
            headings.add(heading);
            headingBoxes.add(new Box(inner.x(), below, inner.width(), inner.top() - below));
            float textTop = inner.top() - headingHeight - 0.35f * headingSize;
            textAreas[i] = new Box(inner.x(), inner.y(), inner.width(), Math.max(0, textTop - inner.y()));
        }
        return new Placed(panels, headings, headingBoxes, textAreas);
    }
}
