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
    private static final float ENTRY_MAX = 16;
    /**
     * A quadrant's bold heading is at least this much larger than its entries (14 pt while they are at most 11.7
     * pt; with 16 pt entries 19.2 pt), so it reads as their heading at every entry size (session 28: 16 pt entries
     * stood under 14 pt headings).
     */
    static final float HEADING_OVER_ENTRY = 1.2f;
    /** The legible minimum: 9 pt on A4, scaled with the paper like everything else. */
    static final float ENTRY_MIN = 9;
    /** Between the items of a footer line, where it prefers to wrap. */
    static final String SEPARATOR = " · ";
    /** The "Laura · 2/3" of a poster of several pages, in the top margin (30 pt on A4). */
    private static final float MARK_SIZE = PosterLayout.ENTRY_MIN;
    private static final float MARK_BASELINE = 18;

    private final Typesetter type;
    private final PdfMessages messages;

    PosterLayout(Typesetter type, PdfMessages messages) {
        this.type = type;
        this.messages = messages;
    }

    List<PosterPage> layout(PosterContent content, float width, float height, float scale) {
        float heading = PosterPageBuilder.HEADING_SIZE * scale;
        FirstPage first = firstPage(content, width, height, scale, heading, ENTRY_MAX * scale);
        if (first.flow().size() * HEADING_OVER_ENTRY > heading) {
            // Sparse entries grew past what a 14 pt heading stands above: the headings grow with them and the
            // entries are fitted again under them, at most the heading's size over the ratio.
            heading = first.flow().size() * HEADING_OVER_ENTRY;
            first = firstPage(content, width, height, scale, heading, heading / HEADING_OVER_ENTRY);
        }
        EntryFlow flow = first.flow();
        first.page().fill(first.boxes(), flow);
        List<PosterPage> pages = new ArrayList<>();
        pages.add(first.page().build());
        while (flow.hasMore()) {
            PosterPageBuilder next = new PosterPageBuilder(type, messages, width, height, scale, heading);
            next.continuationHeader(content, pages.size() + 1);
            next.footer(content);
            next.fillContinued(flow);
            pages.add(next.build());
        }
        return pages.size() == 1 ? pages : marked(pages, content.name(), width, height, scale);
    }

    /** The first page laid out up to its entries: the grid's text areas and the entries fitted to them. */
    private record FirstPage(PosterPageBuilder page, Box[] boxes, EntryFlow flow) {
    }

    private FirstPage firstPage(PosterContent content, float width, float height, float scale, float heading,
                                float entryMax) {
        PosterPageBuilder first = header(content, width, height, scale, heading);
        Box[] boxes = first.grid(0);
        float[] heights = heights(boxes);
        EntryFlow flow = EntryFlow.fit(type, content.entries(), boxes[0].width(), heights,
                entryMax, ENTRY_MIN * scale, scale);
        if (!flow.fits(heights)) {
            // A crowded row takes the room the other row does not need (see CrowdedRows).
            float shift = CrowdedRows.topRowShift(type, content.entries(), boxes[0].width(), heights,
                    entryMax, ENTRY_MIN * scale, scale);
            if (shift != 0) {
                first = header(content, width, height, scale, heading);
                boxes = first.grid(shift);
                heights = heights(boxes);
                flow = EntryFlow.fit(type, content.entries(), boxes[0].width(), heights,
                        entryMax, ENTRY_MIN * scale, scale);
            }
        }
        return new FirstPage(first, boxes, flow);
    }

    /**
     * A poster of several pages says on each which of them it is, "Laura · 2/3", small and grey at the top right in
     * the page's margin (above the headline and the portrait, clear of the report's page footer at the foot): pages
     * of a persona taken off a wall or out of a stack go back in order and to the right persona.
     */
    private List<PosterPage> marked(List<PosterPage> pages, String name, float width, float height, float scale) {
        float size = MARK_SIZE * scale;
        float right = width - PosterPageBuilder.MARGIN * scale;
        float baseline = height - MARK_BASELINE * scale;
        List<PosterPage> marked = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            String suffix = messages.get("poster.pageOf", "", i + 1, pages.size());
            // The name gives way, never the page: at most half the page's width for the whole mark.
            String shown = type.shortened(TextCleaner.singleLine(name), false, size,
                    width / 2 - type.width(suffix, false, size));
            // Isolated (FSI … PDI, dropped when drawn): a Hebrew name would take "2/6" into its run, "2/6 · נועה כהן".
            String mark = messages.get("poster.pageOf", "\u2068" + shown + "\u2069", i + 1, pages.size());
            float markWidth = type.width(mark, false, size);
            PlacedText text = PlacedText.plain(mark, false, false, size, right - markWidth, baseline);
            marked.add(pages.get(i).with(text, new Box(right - markWidth, baseline - size * 0.3f, markWidth, size * 1.3f)));
        }
        return marked;
    }

    private PosterPageBuilder header(PosterContent content, float width, float height, float scale, float heading) {
        PosterPageBuilder first = new PosterPageBuilder(type, messages, width, height, scale, heading);
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
