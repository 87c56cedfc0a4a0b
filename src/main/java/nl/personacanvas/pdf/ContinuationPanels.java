package nl.personacanvas.pdf;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.personacanvas.model.Quadrant;

/**
 * A continuation page's quadrants: those with entries left, one under the other, each in a panel across the page
 * headed "Uitvoeren & Begeleiden (vervolg)", its entries in two columns that line up with the first page's.
 * {@link ContinuationBands} decides which panels and how tall; this places them and takes their entries.
 */
final class ContinuationPanels extends PosterPart {
    /**
     * @param panels     the coloured panels, top-down
     * @param texts      each panel's heading followed by its entries
     * @param textBoxes  each panel's heading box followed by its columns
     */
    record Placed(List<PosterPage.Panel> panels, List<PlacedText> texts, List<Box> textBoxes) {
    }

    ContinuationPanels(PosterFrame frame) {
        super(frame);
    }

    /**
     * The panels between {@code top} and {@code bottom}, filled from {@code flow}; entries broken at the foot of the
     * page (taller than a whole column) are added to {@code brokenEntries}. Quadrants with nothing left have no panel.
     */
    Placed place(float top, float bottom, EntryFlow flow, List<String> brokenEntries) {
        float pad = QuadrantGrid.PAD;
        float gutter = PosterPageBuilder.GAP * s;
        float fullWidth = width - 2 * PosterPageBuilder.MARGIN * s;
        float column = (fullWidth - gutter) / 2 - 2 * pad * s;
        Map<Quadrant, List<String>> heads = new EnumMap<>(Quadrant.class);
        for (Quadrant q : Quadrant.values()) {
            heads.put(q, type.wrap(messages.get("poster.quadrantContinued", messages.quadrant(q)), true, headingSize,
                    fullWidth - 2 * pad * s));
        }
        float headingGap = 0.35f * headingSize;
        List<ContinuationBands.Band> bands = ContinuationBands.plan(flow, top - bottom, gutter,
                q -> 2 * pad * s + heads.get(q).size() * headingSize * PosterLines.LEADING + headingGap);
        List<PosterPage.Panel> panels = new ArrayList<>();
        List<PlacedText> texts = new ArrayList<>();
        List<Box> textBoxes = new ArrayList<>();
        float y = top;
        for (ContinuationBands.Band band : bands) {
            Quadrant q = band.quadrant();
            float headingHeight = heads.get(q).size() * headingSize * PosterLines.LEADING;
            float panelHeight = 2 * pad * s + headingHeight + headingGap + band.textHeight();
            Box panel = new Box(PosterPageBuilder.MARGIN * s, y - panelHeight, fullWidth, panelHeight);
            panels.add(new PosterPage.Panel(q, panel, QuadrantStyle.fill(q)));
            Box inner = panel.inset(pad * s);
            float below = lines.place(texts, heads.get(q), true, headingSize, inner.x(), inner.top(), inner.width(),
                    false);
            textBoxes.add(new Box(inner.x(), below, inner.width(), inner.top() - below));
            float textTop = below - headingGap;
            for (int c = 0; c < ContinuationBands.COLUMNS; c++) {
                Box area = new Box(inner.x() + c * (column + gutter + 2 * pad * s), textTop - band.textHeight(),
                        column, band.textHeight());
                textBoxes.add(area);
                lines.entries(texts, area, c == 0 && !band.complete()
                        ? flow.takeFirstColumn(q, area.height(), !band.firstOnPage(), brokenEntries)
                        : flow.take(q, area.height(), !band.firstOnPage(), brokenEntries), flow);
            }
            y -= panelHeight + gutter;
        }
        return new Placed(panels, texts, textBoxes);
    }
}
