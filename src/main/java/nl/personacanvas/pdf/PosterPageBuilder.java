package nl.personacanvas.pdf;

import java.util.ArrayList;
import java.util.List;
import nl.personacanvas.model.Quadrant;

/**
 * One page of a poster being laid out by {@link PosterLayout}, from the top down: the header ({@link PosterHeader}),
 * the footer ({@link PosterFooterBand}), the 2×2 grid of quadrant panels ({@link QuadrantGrid}) or a continuation
 * page's panels across the page ({@link ContinuationPanels}) and the entries that {@link EntryFlow} gives each
 * quadrant; it keeps the room left between them and gathers the parts, in reading order, into the finished
 * {@link PosterPage} ({@link #build()}).
 */
final class PosterPageBuilder {
    static final float MARGIN = 30;
    /** Between the header, the grid's panels and the footer. */
    static final float GAP = 10;
    /** The quadrant headings' size beside entries of up to 11.7 pt; larger entries get larger headings (PosterLayout). */
    static final float HEADING_SIZE = 14;

    private final PosterLines lines;
    private final PosterHeader header;
    private final PosterFooterBand footer;
    private final QuadrantGrid grid;
    private final ContinuationPanels continued;
    private final float width;
    private final float height;
    private final float s;
    private final List<PosterPage.Panel> panels = new ArrayList<>();
    private final List<PlacedText> texts = new ArrayList<>();
    private final List<Box> textBoxes = new ArrayList<>();
    /** Quadrant headings, added to the text just before their entries so the PDF reads in order. */
    private List<List<PlacedText>> headings = List.of();
    /** The footer's text, placed early (its height shapes the grid) but added last, as it is read. */
    private final List<PlacedText> footerTexts = new ArrayList<>();
    /** Entries broken at the foot of this page because they alone are taller than a quadrant. */
    private final List<String> brokenEntries = new ArrayList<>();
    private float top;
    private float bottom;
    private Box avatar;
    private Box footerBand;
    /** Some of the headline is not printed (see {@link PosterHeadline}). */
    private boolean headlineCut;

    PosterPageBuilder(Typesetter type, PdfMessages messages, float width, float height, float scale,
                      float headingSize) {
        this.lines = new PosterLines(type);
        PosterFrame frame = new PosterFrame(type, lines, messages, width, scale, headingSize);
        this.header = new PosterHeader(frame);
        this.footer = new PosterFooterBand(frame);
        this.grid = new QuadrantGrid(frame);
        this.continued = new ContinuationPanels(frame);
        this.width = width;
        this.height = height;
        this.s = scale;
        this.top = height - MARGIN * s;
        this.bottom = MARGIN * s;
    }

    void header(PosterContent content, boolean withAvatar) {
        PosterHeader.Placed head = header.headline(content, withAvatar, top);
        avatar = head.avatar();
        if (avatar != null) {
            textBoxes.add(avatar);
        }
        headlineCut = head.headlineCut();
        below(head);
    }

    void continuationHeader(PosterContent content, int pageNumber) {
        below(header.continued(content, pageNumber, top));
    }

    private void below(PosterHeader.Placed head) {
        texts.addAll(head.texts());
        textBoxes.add(head.textBox());
        top = head.bottom() - GAP * s;
    }

    void footer(PosterContent content) {
        PosterFooterBand.Placed band = footer.place(content, bottom);
        if (band == null) {
            return;
        }
        footerBand = band.band();
        footerTexts.addAll(band.texts());
        textBoxes.add(footerBand);
        bottom = band.top() + GAP * s;
    }

    /**
     * The four quadrant panels' text areas below their headings, in {@link Quadrant} order; the top row is
     * {@code topExtra} taller than half the grid and the bottom row as much shorter.
     */
    Box[] grid(float topExtra) {
        QuadrantGrid.Placed placed = grid.place(top, bottom, topExtra);
        panels.addAll(placed.panels());
        textBoxes.addAll(placed.headingBoxes());
        headings = placed.headings();
        return placed.textAreas();
    }

    /** The first page's quadrants: an entry that does not fit waits for a continuation page's taller column. */
    void fill(Box[] areas, EntryFlow flow) {
        Quadrant[] order = Quadrant.values();
        for (int i = 0; i < 4; i++) {
            textBoxes.add(areas[i]);
            texts.addAll(headings.get(i));
            lines.entries(texts, areas[i], flow.take(order[i], areas[i].height(), true, brokenEntries), flow);
        }
    }

    /** A continuation page's quadrants (see {@link ContinuationPanels}). */
    void fillContinued(EntryFlow flow) {
        ContinuationPanels.Placed placed = continued.place(top, bottom, flow, brokenEntries);
        panels.addAll(placed.panels());
        texts.addAll(placed.texts());
        textBoxes.addAll(placed.textBoxes());
    }

    PosterPage build() {
        texts.addAll(footerTexts);
        return new PosterPage(width, height, s, panels, texts, avatar, footerBand, textBoxes,
                List.copyOf(brokenEntries), headlineCut);
    }
}
