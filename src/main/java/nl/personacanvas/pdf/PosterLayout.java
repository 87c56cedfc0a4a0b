package nl.personacanvas.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Places a poster on its page(s) as the study's appendix draws the canvas: the headline with the
 * portrait beside it, the core activity and school under it, the four quadrants in a 2×2 grid and an
 * optional footer. All sizes grow with the paper (A4 is 1×, A1 2.83×). Entries that do not fit even at
 * the minimum size continue on further pages, where only the quadrants with entries left have a panel, across the
 * page ({@link ContinuationBands}); each entry stays whole on one page (a note on a wall is read as one) unless it
 * alone is taller than a page's column.
 */
final class PosterLayout {
    /** Few entries are set large so they read from a distance on the wall. */
    private static final float ENTRY_MAX = 13;
    /** The legible minimum: 9 pt on A4, scaled with the paper like everything else. */
    static final float ENTRY_MIN = 9;
    /** Between the items of a footer line, where it prefers to wrap. */
    static final String SEPARATOR = " · ";

    private final Typesetter type;
    private final PdfMessages messages;

    PosterLayout(Typesetter type, PdfMessages messages) {
        this.type = type;
        this.messages = messages;
    }

    List<PosterPage> layout(PosterContent content, float width, float height, float scale) {
        List<PosterPage> pages = new ArrayList<>();
        PosterPageBuilder first = firstPage(content, width, height, scale);
        Box[] boxes = first.grid(0);
        float[] heights = heights(boxes);
        EntryFlow flow = EntryFlow.fit(type, content.entries(), boxes[0].width(), heights,
                ENTRY_MAX * scale, ENTRY_MIN * scale, scale);
        if (!flow.fits(heights)) {
            // A crowded row takes the room the other row does not need (see CrowdedRows).
            float shift = CrowdedRows.topRowShift(type, content.entries(), boxes[0].width(), heights,
                    ENTRY_MAX * scale, ENTRY_MIN * scale, scale);
            if (shift != 0) {
                first = firstPage(content, width, height, scale);
                boxes = first.grid(shift);
                heights = heights(boxes);
                flow = EntryFlow.fit(type, content.entries(), boxes[0].width(), heights,
                        ENTRY_MAX * scale, ENTRY_MIN * scale, scale);
            }
        }
        first.fill(boxes, flow);
        pages.add(first.build());
        while (flow.hasMore()) {
            PosterPageBuilder next = new PosterPageBuilder(type, messages, width, height, scale);
            next.continuationHeader(content, pages.size() + 1);
            next.footer(content);
            next.fillContinued(flow);
            pages.add(next.build());
        }
        return pages;
    }

    private PosterPageBuilder firstPage(PosterContent content, float width, float height, float scale) {
        PosterPageBuilder first = new PosterPageBuilder(type, messages, width, height, scale);
        first.header(content, true);
        first.footer(content);
        return first;
    }

    private static float[] heights(Box[] boxes) {
        float[] heights = new float[boxes.length];
        for (int i = 0; i < boxes.length; i++) {
            heights[i] = boxes[i].height();
        }
        return heights;
    }
}
